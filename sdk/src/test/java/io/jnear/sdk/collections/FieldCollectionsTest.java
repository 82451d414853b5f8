package io.jnear.sdk.collections;

import static io.jnear.sdk.collections.LookupMapTest.str;
import static io.jnear.sdk.collections.LookupMapTest.u128;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jnear.sdk.AccountId;
import io.jnear.sdk.ContractPanic;
import io.jnear.sdk.U128;
import io.jnear.sdk.borsh.BorshCodec;
import io.jnear.sdk.borsh.BorshCodecs;
import io.jnear.sdk.testing.FakeHost;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Collections created without codecs get their fields' codecs inside an initializer, and only there. */
class FieldCollectionsTest {
    private static final String ORDER = "Collections created without codecs must be the contract's collection "
            + "fields, created once each in field order, before any collection field created with codecs; pass "
            + "codecs otherwise";

    @RegisterExtension
    final FakeHost host = new FakeHost();

    @AfterEach
    void reset() {
        FieldCollections.reset();
    }

    @Test
    void insideAnInitializerEachCollectionTakesTheNextFieldsCodecs() {
        FieldCollections.begin(new BorshCodec<?>[] {BorshCodecs.ACCOUNT_ID, BorshCodecs.U128_VALUE},
                new BorshCodec<?>[] {BorshCodecs.STRING, BorshCodecs.I32});
        LookupMap<AccountId, U128> balances = new LookupMap<>("a");
        LookupMap<String, Integer> counts = new LookupMap<>("c");
        FieldCollections.end(balances, counts);

        balances.set(AccountId.of("bob.near"), U128.of(3));
        counts.set("x", 1);

        assertEquals(List.of("a" + str("bob.near") + "=" + u128(3), "c" + str("x") + "=\\x01\\x00\\x00\\x00"),
                host.dump());
    }

    @Test
    void collectionsInAnotherOrderThanTheFieldsAreRefused() {
        FieldCollections.begin(new BorshCodec<?>[] {BorshCodecs.ACCOUNT_ID, BorshCodecs.U128_VALUE},
                new BorshCodec<?>[] {BorshCodecs.STRING, BorshCodecs.I32});
        LookupMap<AccountId, U128> first = new LookupMap<>("a");
        LookupMap<String, Integer> second = new LookupMap<>("c");

        ContractPanic e = assertThrows(ContractPanic.class, () -> FieldCollections.end(second, first));
        assertEquals(ORDER, e.getMessage());
    }

    @Test
    void collectionFieldsCreatedWithCodecsTakeNoneOfTheFieldsCodecs() {
        FieldCollections.begin(new BorshCodec<?>[] {BorshCodecs.ACCOUNT_ID, BorshCodecs.U128_VALUE},
                new BorshCodec<?>[] {BorshCodecs.STRING, BorshCodecs.I32});
        LookupMap<AccountId, U128> balances = new LookupMap<>("a");
        LookupMap<String, Integer> counts = new LookupMap<>("c", BorshCodecs.STRING, BorshCodecs.I32);
        FieldCollections.end(balances, counts);

        balances.set(AccountId.of("bob.near"), U128.of(3));
        counts.set("x", 1);

        assertEquals(List.of("a" + str("bob.near") + "=" + u128(3), "c" + str("x") + "=\\x01\\x00\\x00\\x00"),
                host.dump());
    }

    @Test
    void aCollectionWithoutCodecsAfterOneWithCodecsIsRefusedRatherThanGivenTheWrongCodecs() {
        FieldCollections.begin(new BorshCodec<?>[] {BorshCodecs.ACCOUNT_ID, BorshCodecs.U128_VALUE},
                new BorshCodec<?>[] {BorshCodecs.STRING, BorshCodecs.I32});
        LookupMap<AccountId, U128> balances = new LookupMap<>("a", BorshCodecs.ACCOUNT_ID, BorshCodecs.U128_VALUE);
        LookupMap<String, Integer> counts = new LookupMap<>("c");

        ContractPanic e = assertThrows(ContractPanic.class, () -> FieldCollections.end(balances, counts));
        assertEquals(ORDER, e.getMessage());
    }

    @Test
    void aCollectionCreatedWithoutCodecsOutsideAnInitializerCannotBeUsed() {
        LookupMap<String, Integer> loose = new LookupMap<>("l");

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> loose.get("x"));
        assertEquals("This LookupMap was created without codecs outside the creation of a contract, so it cannot "
                + "read or write entries; declare it as a field of the contract, or pass Borsh codecs", e.getMessage());
        assertEquals(List.of(), host.dump());
    }
}

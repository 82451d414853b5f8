package io.jnear.sdk.collections;

import static io.jnear.sdk.collections.LookupMapTest.le;
import static io.jnear.sdk.collections.LookupMapTest.str;
import static io.jnear.sdk.collections.LookupMapTest.u128;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnear.sdk.AccountId;
import io.jnear.sdk.borsh.BorshCodecs;
import io.jnear.sdk.testing.FakeHost;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LookupSetTest {
    @RegisterExtension
    final FakeHost host = new FakeHost();

    @Test
    void membersAreStoredAsPrefixPlusKeyWithAnEmptyValue() {
        LookupSet<AccountId> set = new LookupSet<>("w", BorshCodecs.ACCOUNT_ID);

        assertTrue(set.insert(AccountId.of("alice.near")));
        set.insert(AccountId.of("bob.near"));

        assertEquals(List.of("w" + str("bob.near") + "=", "w" + str("alice.near") + "="), host.dump());
    }

    @Test
    void insertReportsWhetherTheMemberIsNew() {
        LookupSet<String> set = new LookupSet<>("w", BorshCodecs.STRING);

        assertTrue(set.insert("alice"));
        assertFalse(set.insert("alice"));
        assertEquals(1, host.storage().size());
    }

    @Test
    void containsSeesInsertedMembersOnly() {
        LookupSet<Integer> set = new LookupSet<>("n", BorshCodecs.I32);
        set.insert(7);

        assertTrue(set.contains(7));
        assertFalse(set.contains(8));
        assertEquals(List.of("n" + le(7, 4) + "="), host.dump());
    }

    @Test
    void removeDeletesTheMemberAndReportsWhetherItWasThere() {
        LookupSet<String> set = new LookupSet<>("w", BorshCodecs.STRING);
        set.insert("alice");

        assertTrue(set.remove("alice"));
        assertFalse(set.remove("alice"));
        assertFalse(set.contains("alice"));
        assertTrue(host.storage().isEmpty());
    }
}

package io.jnear.sdk.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jnear.sdk.AccountId;
import io.jnear.sdk.U128;
import io.jnear.sdk.testing.FakeHost;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FtEventsTest {
    private static final AccountId ALICE = AccountId.of("alice.near");
    private static final AccountId BOB = AccountId.of("bob.near");

    @RegisterExtension
    final FakeHost host = new FakeHost();

    @Test
    void mintWithoutMemoLeavesMemoOut() {
        FtEvents.mint(ALICE, U128.of(1000), null);

        assertEquals(List.of("EVENT_JSON:{\"standard\":\"nep141\",\"version\":\"1.0.0\",\"event\":\"ft_mint\","
                + "\"data\":[{\"owner_id\":\"alice.near\",\"amount\":\"1000\"}]}"), host.logs());
    }

    @Test
    void mintWithMemo() {
        FtEvents.mint(ALICE, U128.of(1000), "genesis");

        assertEquals(List.of("EVENT_JSON:{\"standard\":\"nep141\",\"version\":\"1.0.0\",\"event\":\"ft_mint\","
                + "\"data\":[{\"owner_id\":\"alice.near\",\"amount\":\"1000\",\"memo\":\"genesis\"}]}"), host.logs());
    }

    @Test
    void burnCarriesTheFullU128RangeAsADecimalString() {
        FtEvents.burn(BOB, U128.MAX, null);

        assertEquals(List.of("EVENT_JSON:{\"standard\":\"nep141\",\"version\":\"1.0.0\",\"event\":\"ft_burn\","
                + "\"data\":[{\"owner_id\":\"bob.near\",\"amount\":\"340282366920938463463374607431768211455\"}]}"),
                host.logs());
    }

    @Test
    void transferNamesOldAndNewOwner() {
        FtEvents.transfer(BOB, ALICE, U128.of(42), "refund");
        FtEvents.transfer(ALICE, BOB, U128.of(7), null);

        assertEquals(List.of(
                "EVENT_JSON:{\"standard\":\"nep141\",\"version\":\"1.0.0\",\"event\":\"ft_transfer\",\"data\":"
                        + "[{\"old_owner_id\":\"bob.near\",\"new_owner_id\":\"alice.near\",\"amount\":\"42\","
                        + "\"memo\":\"refund\"}]}",
                "EVENT_JSON:{\"standard\":\"nep141\",\"version\":\"1.0.0\",\"event\":\"ft_transfer\",\"data\":"
                        + "[{\"old_owner_id\":\"alice.near\",\"new_owner_id\":\"bob.near\",\"amount\":\"7\"}]}"),
                host.logs());
    }

    @Test
    void severalMovementsCanShareOneLine() {
        FtEvents.mint(List.of(new FtEvents.Mint(ALICE, U128.of(1), null), new FtEvents.Mint(BOB, U128.of(2), "x")));

        assertEquals(List.of("EVENT_JSON:{\"standard\":\"nep141\",\"version\":\"1.0.0\",\"event\":\"ft_mint\","
                + "\"data\":[{\"owner_id\":\"alice.near\",\"amount\":\"1\"},"
                + "{\"owner_id\":\"bob.near\",\"amount\":\"2\",\"memo\":\"x\"}]}"), host.logs());
    }
}

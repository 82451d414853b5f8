package io.jnear.sdk.collections;

import static io.jnear.sdk.collections.LookupMapTest.le;
import static io.jnear.sdk.collections.LookupMapTest.str;
import static io.jnear.sdk.collections.LookupMapTest.u128;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnear.sdk.AccountId;
import io.jnear.sdk.U128;
import io.jnear.sdk.borsh.BorshCodecs;
import io.jnear.sdk.borsh.BorshException;
import io.jnear.sdk.borsh.BorshReader;
import io.jnear.sdk.borsh.BorshWriter;
import io.jnear.sdk.testing.FakeHost;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class IterableMapTest {
    @RegisterExtension
    final FakeHost host = new FakeHost();

    private static IterableMap<String, Integer> mapOf(String... keys) {
        IterableMap<String, Integer> map = new IterableMap<>("m", BorshCodecs.STRING, BorshCodecs.I32);
        for (int i = 0; i < keys.length; i++) {
            map.insert(keys[i], i);
        }
        return map;
    }

    private static <T> List<T> list(Iterable<T> items) {
        List<T> out = new ArrayList<>();
        items.forEach(out::add);
        return out;
    }

    /** {@code mm + sha256(borsh(key))}, as rendered: where the map under "m" keeps the value of {@code key}. */
    static String valueKey(String key) throws Exception {
        byte[] encoded = BorshCodecs.STRING.encode(key);
        return "mm" + FakeHost.render(MessageDigest.getInstance("SHA-256").digest(encoded));
    }

    @Test
    void storesKeysAndValuesAsNearSdkRsStoresThem() throws Exception {
        IterableMap<String, U128> map = new IterableMap<>("m", BorshCodecs.STRING, BorshCodecs.U128_VALUE);

        map.insert("alice", U128.of(10));
        map.insert("bob", U128.of(7));

        // near-sdk-rs's store::IterableMap: keys as a Vector under prefix + 'v', each value with its key's
        // position (ValueAndIndex) under prefix + 'm' + sha256(borsh(key))
        List<String> expected = new ArrayList<>(List.of(
                valueKey("alice") + "=" + u128(10) + le(0, 4),
                valueKey("bob") + "=" + u128(7) + le(1, 4),
                "mv\\x00\\x00\\x00\\x00=" + str("alice"),
                "mv\\x01\\x00\\x00\\x00=" + str("bob")));
        expected.sort(null);
        List<String> stored = new ArrayList<>(host.dump());
        stored.sort(null);
        assertEquals(expected, stored);
        BorshWriter state = new BorshWriter();
        map.writeState(state);
        // the state: the key vector (count, prefix), then the values' prefix
        assertEquals(le(2, 4) + le(2, 4) + "mv" + le(2, 4) + "mm", FakeHost.render(state.toBytes()));
        IterableMap<String, U128> back = IterableMap.readState(BorshReader.of(state.toBytes()), BorshCodecs.STRING,
                BorshCodecs.U128_VALUE);
        assertEquals(List.of(Map.entry("alice", U128.of(10)), Map.entry("bob", U128.of(7))), list(back));
    }

    @Test
    void aStateWhosePrefixesAreNotTheMapsLayoutIsRefused() {
        BorshWriter state = new BorshWriter().u32(0).bytes(new byte[] {'m', 'v'}).bytes(new byte[] {'x', 'm'});

        assertThrows(BorshException.class, () -> IterableMap.readState(BorshReader.of(state.toBytes()),
                BorshCodecs.STRING, BorshCodecs.I32));
    }

    @Test
    void iteratesInInsertionOrderNotHashOrSortOrder() {
        IterableMap<String, Integer> map = mapOf("zeta", "alpha", "mu", "beta");

        assertEquals(List.of("zeta", "alpha", "mu", "beta"), list(map.keys()));
        assertEquals(List.of(0, 1, 2, 3), list(map.values()));
        assertEquals(List.of(Map.entry("zeta", 0), Map.entry("alpha", 1), Map.entry("mu", 2),
                Map.entry("beta", 3)), list(map.entries()));
        assertEquals(4, map.len());
    }

    @Test
    void overwritingKeepsTheKeysPositionAndReturnsTheOldValue() {
        IterableMap<String, Integer> map = mapOf("a", "b", "c");

        assertEquals(0, map.insert("a", 100));

        assertEquals(List.of("a", "b", "c"), list(map.keys()));
        assertEquals(List.of(100, 1, 2), list(map.values()));
        assertEquals(3, map.len());
    }

    @Test
    void removeMovesTheLastKeyIntoTheGap() {
        IterableMap<String, Integer> map = mapOf("a", "b", "c", "d");

        assertEquals(1, map.remove("b"));

        assertEquals(List.of("a", "d", "c"), list(map.keys()));
        assertNull(map.get("b"));
        assertFalse(map.containsKey("b"));
        assertEquals(3, map.len());
    }

    @Test
    void positionsStayCorrectThroughRepeatedRemovalsAndInsertions() throws Exception {
        IterableMap<String, Integer> map = mapOf("a", "b", "c", "d");
        map.remove("b"); // a d c
        map.remove("a"); // c d
        map.insert("e", 4); // c d e
        map.remove("d"); // c e
        map.remove("e"); // c — removing the last slot moves nothing

        assertEquals(List.of("c"), list(map.keys()));
        assertEquals(List.of(Map.entry("c", 2)), list(map));
        map.insert("f", 5);
        map.remove("c"); // f moves to position 0
        assertEquals(List.of("f"), list(map.keys()));
        List<String> stored = new ArrayList<>(host.dump());
        stored.sort(null);
        assertEquals(List.of(valueKey("f") + "=" + le(5, 4) + le(0, 4), "mv\\x00\\x00\\x00\\x00=" + str("f")),
                stored);
    }

    @Test
    void removingAMissingKeyReturnsNullAndChangesNothing() {
        IterableMap<String, Integer> map = mapOf("a");
        List<String> before = host.dump();

        assertNull(map.remove("zz"));

        assertEquals(before, host.dump());
    }

    @Test
    void clearRemovesEveryKeyFromStorage() {
        IterableMap<String, Integer> map = mapOf("a", "b", "c");
        LookupMap<String, Integer> neighbour = new LookupMap<>("n", BorshCodecs.STRING, BorshCodecs.I32);
        neighbour.insert("x", 1);

        map.clear();

        assertEquals(List.of("n" + str("x") + "=" + le(1, 4)), host.dump());
        assertTrue(map.isEmpty());
        assertEquals(0, map.len());
        assertFalse(map.iterator().hasNext());
    }

    @Test
    void getReadsStorageExactlyOnce() {
        IterableMap<String, Integer> map = mapOf("a", "b");
        int before = host.storageReads();

        assertEquals(1, map.get("b"));

        assertEquals(before + 1, host.storageReads());
    }

    @Test
    void accountIdAndNumericKeysDecodeWhenIterated() {
        IterableMap<AccountId, Boolean> accounts = new IterableMap<>("a", BorshCodecs.ACCOUNT_ID, BorshCodecs.BOOLEAN);
        IterableMap<Long, String> numbers = new IterableMap<>("n", BorshCodecs.I64, BorshCodecs.STRING);

        accounts.insert(AccountId.of("bob.near"), true);
        accounts.insert(AccountId.of("alice.near"), false);
        numbers.insert(10L, "ten");
        numbers.insert(2L, "two");

        assertEquals(List.of(Map.entry(AccountId.of("bob.near"), true), Map.entry(AccountId.of("alice.near"), false)),
                list(accounts));
        assertEquals(List.of(10L, 2L), list(numbers.keys()));
        assertEquals("two", numbers.get(2L));
    }
}

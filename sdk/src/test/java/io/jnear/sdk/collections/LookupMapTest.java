package io.jnear.sdk.collections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnear.sdk.AccountId;
import io.jnear.sdk.U128;
import io.jnear.sdk.borsh.BorshCodec;
import io.jnear.sdk.borsh.BorshCodecs;
import io.jnear.sdk.borsh.BorshReader;
import io.jnear.sdk.borsh.BorshWriter;
import io.jnear.sdk.testing.FakeHost;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LookupMapTest {
    @RegisterExtension
    final FakeHost host = new FakeHost();

    @Test
    void stringKeysAreStoredAsPrefixPlusBorshAndValuesAsBorsh() {
        LookupMap<String, U128> map = new LookupMap<>("b", BorshCodecs.STRING, BorshCodecs.U128_VALUE);

        assertNull(map.insert("alice", U128.of(5)));

        assertEquals(List.of("b" + str("alice") + "=" + u128(5)), host.dump());
    }

    @Test
    void insertReplacesWithOneWriteAndNoReadWhileSetSkipsDecodingThePreviousValue() {
        LookupMap<String, U128> map = new LookupMap<>("b", BorshCodecs.STRING, BorshCodecs.U128_VALUE);
        map.set("alice", U128.of(5));

        assertEquals(U128.of(5), map.insert("alice", U128.of(6)));
        map.set("alice", U128.of(7));

        assertEquals(0, host.storageReads(), "the write itself hands back the value it replaced");
        assertEquals(List.of("b" + str("alice") + "=" + u128(7)), host.dump());
    }

    @Test
    void accountIdKeysAreStoredAsBorshStrings() {
        LookupMap<AccountId, U128> map = new LookupMap<>("b", BorshCodecs.ACCOUNT_ID, BorshCodecs.U128_VALUE);

        map.insert(AccountId.of("alice.near"), U128.of(7));

        assertEquals(List.of("b" + str("alice.near") + "=" + u128(7)), host.dump());
        assertEquals(U128.of(7), map.get(AccountId.of("alice.near")));
    }

    record Pair(int left, String right) {
    }

    /** A record's Borsh codec, written by hand as the processor generates one: its fields in order. */
    static final BorshCodec<Pair> PAIR = new BorshCodec<>() {
        @Override
        public Pair read(BorshReader in) {
            return new Pair(in.u32(), in.string());
        }

        @Override
        public void write(BorshWriter out, Pair value) {
            out.u32(value.left()).string(value.right());
        }
    };

    @Test
    void numberAndRecordKeysAreBorsh() {
        LookupMap<Long, String> numbers = new LookupMap<>("n", BorshCodecs.I64, BorshCodecs.STRING);
        LookupMap<Pair, Boolean> pairs = new LookupMap<>("p", PAIR, BorshCodecs.BOOLEAN);

        numbers.insert(42L, "answer");
        pairs.insert(new Pair(1, "x"), true);

        assertEquals(List.of("n" + le(42, 8) + "=" + str("answer"), "p" + le(1, 4) + str("x") + "=\\x01"),
                host.dump());
        assertEquals("answer", numbers.get(42L));
        assertEquals(true, pairs.get(new Pair(1, "x")));
    }

    @Test
    void insertOverwritesAndReturnsThePreviousValue() {
        LookupMap<String, U128> map = new LookupMap<>("b", BorshCodecs.STRING, BorshCodecs.U128_VALUE);
        map.insert("alice", U128.of(5));

        U128 previous = map.insert("alice", U128.of(9));

        assertEquals(U128.of(5), previous);
        assertEquals(U128.of(9), map.get("alice"));
        assertEquals(List.of("b" + str("alice") + "=" + u128(9)), host.dump());
    }

    @Test
    void missingKeysReadAsNullAndAbsent() {
        LookupMap<String, U128> map = new LookupMap<>("b", BorshCodecs.STRING, BorshCodecs.U128_VALUE);
        map.insert("alice", U128.of(5));

        assertNull(map.get("bob"));
        assertFalse(map.containsKey("bob"));
        assertTrue(map.containsKey("alice"));
    }

    @Test
    void removeDeletesTheEntryAndReturnsItsValue() {
        LookupMap<String, U128> map = new LookupMap<>("b", BorshCodecs.STRING, BorshCodecs.U128_VALUE);
        map.insert("alice", U128.of(5));
        map.insert("bob", U128.of(6));

        assertEquals(U128.of(5), map.remove("alice"));

        assertEquals(List.of("b" + str("bob") + "=" + u128(6)), host.dump());
        assertNull(map.get("alice"));
    }

    @Test
    void removingAMissingKeyReturnsNullAndChangesNothing() {
        LookupMap<String, U128> map = new LookupMap<>("b", BorshCodecs.STRING, BorshCodecs.U128_VALUE);
        map.insert("alice", U128.of(5));

        assertNull(map.remove("bob"));

        assertEquals(List.of("b" + str("alice") + "=" + u128(5)), host.dump());
    }

    @Test
    void getReadsStorageExactlyOnce() {
        LookupMap<String, U128> map = new LookupMap<>("b", BorshCodecs.STRING, BorshCodecs.U128_VALUE);
        map.insert("alice", U128.of(5));
        int before = host.storageReads();

        map.get("alice");

        assertEquals(before + 1, host.storageReads());
    }

    @Test
    void listValuesAreBorshVectors() {
        LookupMap<String, List<U128>> map = new LookupMap<>("h", BorshCodecs.STRING,
                BorshCodecs.list(BorshCodecs.U128_VALUE));

        map.insert("alice", List.of(U128.of(1), U128.of(2)));

        assertEquals(List.of(U128.of(1), U128.of(2)), map.get("alice"));
        assertEquals(List.of("h" + str("alice") + "=" + le(2, 4) + u128(1) + u128(2)), host.dump());
    }

    @Test
    void byteArrayPrefixesAreUsedVerbatim() {
        LookupMap<String, Integer> map = new LookupMap<>(new byte[] {0, (byte) 0xff}, BorshCodecs.STRING, BorshCodecs.I32);

        map.insert("k", 3);

        assertEquals(List.of("\\x00\\xff" + str("k") + "=" + le(3, 4)), host.dump());
    }

    @Test
    void mapsWithDifferentPrefixesKeepSeparateEntries() {
        LookupMap<String, Integer> first = new LookupMap<>("a", BorshCodecs.STRING, BorshCodecs.I32);
        LookupMap<String, Integer> second = new LookupMap<>("b", BorshCodecs.STRING, BorshCodecs.I32);

        first.insert("x", 1);
        second.insert("x", 2);

        assertEquals(1, first.get("x"));
        assertEquals(2, second.get("x"));
    }

    @Test
    void nullKeysValuesAndEmptyPrefixesAreRejected() {
        LookupMap<String, Integer> map = new LookupMap<>("a", BorshCodecs.STRING, BorshCodecs.I32);

        assertThrows(NullPointerException.class, () -> map.insert("x", null));
        assertThrows(NullPointerException.class, () -> map.get(null));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LookupMap<>("", BorshCodecs.STRING, BorshCodecs.I32));
        assertEquals("A collection's storage prefix may not be empty", e.getMessage());
        NullPointerException noCodec = assertThrows(NullPointerException.class,
                () -> new LookupMap<String, Integer>("a", BorshCodecs.STRING, null));
        assertEquals("codec", noCodec.getMessage());
        assertTrue(host.storage().isEmpty());
    }

    /** Borsh of a string as {@link FakeHost#dump} renders it: its u32 length, little-endian, then its bytes. */
    static String str(String s) {
        return le(s.length(), 4) + s;
    }

    /** Borsh of a u128 that fits a long, as rendered. */
    static String u128(long value) {
        return le(value, 16);
    }

    /** {@code value} as {@code length} little-endian bytes, as rendered. */
    static String le(long value, int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < Math.min(length, 8); i++) {
            bytes[i] = (byte) (value >>> (8 * i));
        }
        return FakeHost.render(bytes);
    }
}

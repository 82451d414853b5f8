package io.jnear.sdk.borsh;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jnear.sdk.U128;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** encode then decode is the identity for Borsh codecs. */
class BorshRoundTripPropertiesTest {
    @Property
    void u128RoundTrips(@ForAll long high, @ForAll long low) {
        U128 value = U128.of(new BigInteger(Long.toUnsignedString(high)).shiftLeft(64)
                .or(new BigInteger(Long.toUnsignedString(low))));
        assertEquals(value, BorshCodecs.U128_VALUE.decode(BorshCodecs.U128_VALUE.encode(value)));
    }

    @Property
    void whatToBytesReturnedStaysAsItWasWhateverIsWrittenAfter(@ForAll byte[] first, @ForAll byte[] more,
            @ForAll boolean exactFit) {
        // an exact fit hands out the writer's own buffer: a second call and later writes must not touch it
        BorshWriter out = new BorshWriter(exactFit ? first.length : 4);
        out.raw(first);
        byte[] once = out.toBytes();
        byte[] twice = out.toBytes();
        if (twice.length > 0) {
            twice[0] ^= 1; // the second result is a copy: changing it changes neither the first nor the writer
        }
        out.raw(more);
        byte[] all = out.toBytes();

        assertArrayEquals(first, once);
        assertArrayEquals(concat(first, more), all);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    @Property
    void stringsRoundTrip(@ForAll String s) {
        if (s.codePoints().allMatch(Character::isValidCodePoint) && !hasLoneSurrogate(s)) {
            assertEquals(s, BorshCodecs.STRING.decode(BorshCodecs.STRING.encode(s)));
        }
    }

    @Property
    void aTreeMapRoundTripsAsATreeMapInKeyOrder(@ForAll Map<Integer, Long> entries) {
        BorshCodec<TreeMap<Integer, Long>> codec = BorshCodecs.mapOf(BorshCodecs.I32, BorshCodecs.I64, TreeMap::new);
        TreeMap<Integer, Long> value = new TreeMap<>(entries);

        byte[] bytes = codec.encode(value);
        TreeMap<Integer, Long> decoded = codec.decode(bytes);

        assertEquals(value, decoded);
        assertEquals(TreeMap.class, decoded.getClass());
        // as a BTreeMap<i32, i64>: the count, then the entries by ascending signed key
        BorshWriter expected = new BorshWriter();
        expected.u32(entries.size());
        entries.keySet().stream().sorted().forEach(k -> {
            expected.u32(k);
            expected.u64(entries.get(k));
        });
        assertArrayEquals(expected.toBytes(), bytes);
    }

    @Property
    void aLinkedHashSetRoundTripsInInsertionOrder(@ForAll List<Integer> items) {
        BorshCodec<LinkedHashSet<Integer>> codec = BorshCodecs.collectionOf(BorshCodecs.I32, LinkedHashSet::new);
        LinkedHashSet<Integer> value = new LinkedHashSet<>(items);

        LinkedHashSet<Integer> decoded = codec.decode(codec.encode(value));

        assertEquals(new ArrayList<>(value), new ArrayList<>(decoded));
        assertEquals(LinkedHashSet.class, decoded.getClass());
    }

    private static boolean hasLoneSurrogate(String s) {
        return s.codePoints().anyMatch(c -> c >= 0xD800 && c <= 0xDFFF);
    }
}

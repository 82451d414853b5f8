package io.jnear.runtime.state;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/** A contract storage key: bytes with value equality, ordered bytewise (unsigned) like NEAR's trie. */
public final class StorageKey implements Comparable<StorageKey> {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long MULTIPLIER = 0x9E3779B97F4A7C15L;

    private final byte[] bytes;
    private final int hashCode;

    public StorageKey(byte[] bytes) {
        this.bytes = bytes;
        this.hashCode = hash(bytes);
    }

    public byte[] bytes() {
        return bytes;
    }

    public int length() {
        return bytes.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StorageKey k && hashCode == k.hashCode && Arrays.equals(bytes, k.bytes);
    }

    @Override
    public int hashCode() {
        return hashCode;
    }

    @Override
    public int compareTo(StorageKey o) {
        return Arrays.compareUnsigned(bytes, o.bytes);
    }

    /**
     * A hash of the bytes that takes them eight at a time and mixes every bit into the low ones, which
     * {@link StorageMap} uses as they are for a slot. Every storage call hashes its key, and
     * {@link Arrays#hashCode(byte[])} goes byte by byte through a chain of multiplications; here a key of
     * 30 bytes is four multiplications and a final mix. Fixed, so storage behaves the same in every run.
     */
    static int hash(byte[] bytes) {
        int n = bytes.length;
        long h = n * MULTIPLIER;
        int i = 0;
        for (; i + Long.BYTES <= n; i += Long.BYTES) {
            h = (Long.rotateLeft(h, 26) ^ (long) LONGS.get(bytes, i)) * MULTIPLIER;
        }
        if (i < n) {
            long tail;
            if (n >= Long.BYTES) {
                tail = (long) LONGS.get(bytes, n - Long.BYTES); // the last eight bytes, overlapping the words above
            } else {
                tail = 0;
                for (int shift = 0; i < n; i++, shift += Byte.SIZE) {
                    tail |= (bytes[i] & 0xFFL) << shift;
                }
            }
            h = (Long.rotateLeft(h, 26) ^ tail) * MULTIPLIER;
        }
        // murmur3's finaliser: each input bit reaches each output bit
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        return (int) h;
    }
}

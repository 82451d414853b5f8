package io.jnear.runtime.state;

import java.util.Arrays;

/** A contract storage key: bytes with value equality, ordered bytewise (unsigned) like NEAR's trie. */
public final class StorageKey implements Comparable<StorageKey> {
    private final byte[] bytes;
    private final int hashCode;

    public StorageKey(byte[] bytes) {
        this.bytes = bytes;
        this.hashCode = Arrays.hashCode(bytes);
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
}

package io.jnear.runtime.state;

import java.util.Arrays;
import java.util.function.BiConsumer;

/**
 * One account's contract storage: key bytes to value bytes, in an open-addressing table with linear
 * probing.
 *
 * <p>Why not a {@code HashMap<StorageKey, byte[]>}: a token keeps an entry per holder, a million of them,
 * and a read of a cold entry pays a cache miss for every object on its way. A hash map goes table, node,
 * key object, key bytes, value; here a key and its value sit side by side in one array and the key's hash
 * in a parallel one, so a read misses on the hash, the pair and the key's bytes. An entry costs two
 * references and an int per slot instead of a node and a key object: about 40 bytes less each.
 *
 * <p>Keys and values are never changed once stored, so a {@link #copy()} shares them. Where an entry sits
 * depends on hashes; nothing iterates the table where order shows ({@link AccountState#dataSorted()}
 * sorts). The hash is {@link StorageKey}'s, fixed rather than seeded: keys chosen to collide slow this
 * account's storage down (every write of them is paid for in gas and storage staking), never another's,
 * and never change a result.
 */
final class StorageMap {
    private static final int FIRST_CAPACITY = 8;
    private static final byte[][] NO_SLOTS = new byte[0][];
    private static final int[] NO_HASHES = new int[0];

    /** Slot {@code i}'s key at {@code 2i} (null when the slot is free) and its value at {@code 2i + 1}. */
    private byte[][] slots = NO_SLOTS;
    /** Slot {@code i}'s key's {@link StorageKey#hashCode()}; the capacity, a power of two (or none yet). */
    private int[] hashes = NO_HASHES;
    private int size;

    StorageMap() {
    }

    private StorageMap(StorageMap source) {
        this.slots = source.slots.clone();
        this.hashes = source.hashes.clone();
        this.size = source.size;
    }

    /** A copy with its own table, sharing the keys and values. */
    StorageMap copy() {
        return new StorageMap(this);
    }

    int size() {
        return size;
    }

    byte[] get(StorageKey key) {
        int slot = find(key.bytes(), key.hashCode());
        return slot < 0 ? null : slots[2 * slot + 1];
    }

    /** Stores {@code value} under {@code key}; returns the value it replaced, or null. */
    byte[] put(StorageKey key, byte[] value) {
        byte[] bytes = key.bytes();
        int hash = key.hashCode();
        int slot = find(bytes, hash);
        if (slot >= 0) {
            byte[] old = slots[2 * slot + 1];
            slots[2 * slot + 1] = value;
            return old;
        }
        if (size + 1 > hashes.length - (hashes.length >>> 2)) { // at most three quarters full
            grow();
            slot = find(bytes, hash);
        }
        occupy(-1 - slot, bytes, hash, value);
        size++;
        return null;
    }

    /** Removes {@code key}'s entry; returns its value, or null if there was none. */
    byte[] remove(StorageKey key) {
        int slot = find(key.bytes(), key.hashCode());
        if (slot < 0) {
            return null;
        }
        byte[] old = slots[2 * slot + 1];
        // Backward-shift deletion: an entry further along the run moves into the hole when its own slot is
        // not after the hole, so every probe still reaches its key without meeting a free slot (no tombstones).
        // No method is called while entries move: a stack overflow there would leave half a move behind.
        int mask = hashes.length - 1;
        int hole = slot;
        for (int i = (slot + 1) & mask; slots[2 * i] != null; i = (i + 1) & mask) {
            int home = hashes[i] & mask;
            if (((i - home) & mask) >= ((i - hole) & mask)) {
                slots[2 * hole] = slots[2 * i];
                slots[2 * hole + 1] = slots[2 * i + 1];
                hashes[hole] = hashes[i];
                hole = i;
            }
        }
        slots[2 * hole] = null;
        slots[2 * hole + 1] = null;
        size--;
        return old;
    }

    /** Hands every entry's key and value to {@code action}, in no particular order. */
    void forEach(BiConsumer<byte[], byte[]> action) {
        for (int i = 0; i < hashes.length; i++) {
            if (slots[2 * i] != null) {
                action.accept(slots[2 * i], slots[2 * i + 1]);
            }
        }
    }

    /**
     * The slot holding {@code key}, or {@code -1 - s} for the free slot {@code s} where it would go. The
     * hashes are compared first: they are in one array, so a probe past other keys reads none of their bytes.
     */
    private int find(byte[] key, int hash) {
        if (hashes.length == 0) {
            return -1;
        }
        int mask = hashes.length - 1;
        // StorageKey's hash is mixed down to its low bits, so they choose the slot as they are
        for (int i = hash & mask; ; i = (i + 1) & mask) {
            byte[] stored = slots[2 * i];
            if (stored == null) {
                return -1 - i;
            }
            if (hashes[i] == hash && Arrays.equals(stored, key)) {
                return i;
            }
        }
    }

    /** Fills a free slot: one call that either does all of it or, overflowing the stack on entry, nothing. */
    private void occupy(int slot, byte[] key, int hash, byte[] value) {
        slots[2 * slot] = key;
        slots[2 * slot + 1] = value;
        hashes[slot] = hash;
    }

    /**
     * Doubles the capacity, placing each entry again by its stored hash (no key is hashed twice). The new
     * table is built aside and put in place at the end, so a failure half-way leaves the old one whole.
     */
    private void grow() {
        int capacity = hashes.length == 0 ? FIRST_CAPACITY : hashes.length * 2;
        byte[][] newSlots = new byte[2 * capacity][];
        int[] newHashes = new int[capacity];
        int mask = capacity - 1;
        for (int j = 0; j < hashes.length; j++) {
            if (slots[2 * j] != null) {
                int i = hashes[j] & mask;
                while (newSlots[2 * i] != null) {
                    i = (i + 1) & mask;
                }
                newSlots[2 * i] = slots[2 * j];
                newSlots[2 * i + 1] = slots[2 * j + 1];
                newHashes[i] = hashes[j];
            }
        }
        slots = newSlots;
        hashes = newHashes;
    }
}

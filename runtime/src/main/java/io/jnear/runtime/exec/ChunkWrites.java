package io.jnear.runtime.exec;

import io.jnear.runtime.state.StorageKey;
import io.jnear.sdk.AccountId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The contract-data keys written or removed earlier in the current block: nearcore's chunk overlay
 * ({@code TrieUpdate}'s committed and prospective changes). A storage write or remove of such a key
 * finds it in the overlay and touches no trie node. Only membership is asked, never iterated.
 */
final class ChunkWrites {
    /** An account's key; the hash is kept, as each entry is hashed again whenever the set grows. */
    private static final class Entry {
        final AccountId account;
        final StorageKey key;
        final int hash;

        Entry(AccountId account, StorageKey key) {
            this.account = account;
            this.key = key;
            this.hash = 31 * account.hashCode() + key.hashCode();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Entry e && hash == e.hash && key.equals(e.key) && account.equals(e.account);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** The block's keys so far, the running receipt's included: one lookup answers whether a key is there. */
    private Set<Entry> written = new HashSet<>();
    /** The keys the running receipt added to {@link #written}, to take out again if it fails. */
    private final List<Entry> addedByReceipt = new ArrayList<>();
    /**
     * Whether this block wrote anything: most blocks write nothing, and asking this object is cheaper than
     * reaching into the set, which by the next block has usually left the processor's caches.
     */
    private boolean touched;

    /**
     * Records a write or remove by the running receipt; returns whether the key was new to the block, that
     * is, not in the overlay before (asking and recording in one lookup).
     */
    boolean add(AccountId account, StorageKey key) {
        Entry e = new Entry(account, key);
        touched = true;
        if (written.add(e)) {
            addedByReceipt.add(e);
            return true;
        }
        return false;
    }

    /** The running receipt succeeded: its changes join the block's. */
    void commitReceipt() {
        if (touched) { // when not, the receipt added nothing
            addedByReceipt.clear();
        }
    }

    /** The running receipt failed: its changes are gone. */
    void discardReceipt() {
        if (!touched) {
            return;
        }
        for (int i = 0; i < addedByReceipt.size(); i++) {
            written.remove(addedByReceipt.get(i));
        }
        addedByReceipt.clear();
    }

    /** A new block starts from a trie with every earlier change applied. */
    void newBlock() {
        if (!touched) {
            return;
        }
        touched = false;
        // clear() zeroes the whole table, which keeps the size the busiest block gave it: a big one goes
        if (written.size() > KEPT_SET_SIZE) {
            written = new HashSet<>();
        } else {
            written.clear();
        }
        addedByReceipt.clear();
    }

    private static final int KEPT_SET_SIZE = 64;

    /** Takes {@code other}'s record as its own: a forked chain starts with its parent's block so far. */
    void copyFrom(ChunkWrites other) {
        written.addAll(other.written);
        addedByReceipt.addAll(other.addedByReceipt);
        touched |= other.touched;
    }
}

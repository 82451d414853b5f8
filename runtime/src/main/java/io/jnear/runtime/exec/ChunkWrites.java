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
    private record Entry(AccountId account, StorageKey key) {
    }

    /** The block's keys so far, the running receipt's included: one lookup answers whether a key is there. */
    private final Set<Entry> written = new HashSet<>();
    /** The keys the running receipt added to {@link #written}, to take out again if it fails. */
    private final List<Entry> addedByReceipt = new ArrayList<>();

    boolean contains(AccountId account, StorageKey key) {
        return written.contains(new Entry(account, key));
    }

    /** Records a write or remove by the running receipt. */
    void add(AccountId account, StorageKey key) {
        Entry e = new Entry(account, key);
        if (written.add(e)) {
            addedByReceipt.add(e);
        }
    }

    /** The running receipt succeeded: its changes join the block's. */
    void commitReceipt() {
        addedByReceipt.clear();
    }

    /** The running receipt failed: its changes are gone. */
    void discardReceipt() {
        for (int i = 0; i < addedByReceipt.size(); i++) {
            written.remove(addedByReceipt.get(i));
        }
        addedByReceipt.clear();
    }

    /** A new block starts from a trie with every earlier change applied. */
    void newBlock() {
        written.clear();
        addedByReceipt.clear();
    }

    /** Takes {@code other}'s record as its own: a forked chain starts with its parent's block so far. */
    void copyFrom(ChunkWrites other) {
        written.addAll(other.written);
        addedByReceipt.addAll(other.addedByReceipt);
    }
}

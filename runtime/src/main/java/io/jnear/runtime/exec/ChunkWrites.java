package io.jnear.runtime.exec;

import io.jnear.runtime.state.StorageKey;
import io.jnear.sdk.AccountId;
import java.util.HashSet;
import java.util.Set;

/**
 * The contract-data keys written or removed earlier in the current block: nearcore's chunk overlay
 * ({@code TrieUpdate}'s committed and prospective changes). A storage write or remove of such a key
 * finds it in the overlay and touches no trie node. Only membership is asked, never iterated.
 */
final class ChunkWrites {
    private record Entry(AccountId account, StorageKey key) {
    }

    private final Set<Entry> committed = new HashSet<>();
    private final Set<Entry> pending = new HashSet<>();

    boolean contains(AccountId account, StorageKey key) {
        Entry e = new Entry(account, key);
        return pending.contains(e) || committed.contains(e);
    }

    /** Records a write or remove by the running receipt. */
    void add(AccountId account, StorageKey key) {
        pending.add(new Entry(account, key));
    }

    /** The running receipt succeeded: its changes join the block's. */
    void commitReceipt() {
        if (!pending.isEmpty()) {
            committed.addAll(pending);
            pending.clear();
        }
    }

    /** The running receipt failed: its changes are gone. */
    void discardReceipt() {
        pending.clear();
    }

    /** A new block starts from a trie with every earlier change applied. */
    void newBlock() {
        committed.clear();
        pending.clear();
    }

    /** Takes {@code other}'s record as its own: a forked chain starts with its parent's block so far. */
    void copyFrom(ChunkWrites other) {
        committed.addAll(other.committed);
        pending.addAll(other.pending);
    }
}

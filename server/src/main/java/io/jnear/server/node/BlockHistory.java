package io.jnear.server.node;

import io.jnear.runtime.Sandbox;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The chain's past as the RPC serves it: every block's contents (kept for the node's lifetime, like its
 * transactions), and the state at the end of each of the last {@code retained} blocks, as forks of the
 * sandbox (copy-on-write, so a snapshot costs what the following blocks change). Older states are
 * dropped, as a non-archival node collects them.
 */
final class BlockHistory {
    private final int retained;
    /** The state while block {@code h} was the head, taken just before {@code h + 1} was produced. */
    private final NavigableMap<Long, Sandbox> states = new TreeMap<>();
    /** Contents of the blocks in which something happened; a block not listed was empty. */
    private final NavigableMap<Long, BlockContents> contents = new TreeMap<>();
    private long first;

    BlockHistory(int retained) {
        if (retained < 0) {
            throw new IllegalArgumentException("the retained state history must not be negative, got " + retained);
        }
        this.retained = retained;
    }

    int retained() {
        return retained;
    }

    /** Keeps the head's state before the next block changes it, and forgets states that fell out of the window. */
    void keepState(Sandbox head) {
        long height = head.blockHeight();
        if (retained > 0) {
            states.put(height, head.fork());
        }
        while (!states.isEmpty() && states.firstKey() <= height - retained) {
            states.pollFirstEntry();
        }
    }

    /** Forgets everything before {@code height}: the blocks before a restart ran in another process. */
    void startAt(long height) {
        states.clear();
        contents.clear();
        first = height;
    }

    /** The lowest height this node knows the contents of. */
    long first() {
        return first;
    }

    void record(BlockContents block) {
        if (!block.isEmpty()) {
            contents.put(block.height(), block);
        }
    }

    /** The state at the end of block {@code height}, or null if it is not kept (the head's is the live one). */
    Sandbox stateAt(long height) {
        return states.get(height);
    }

    /** The lowest height whose state is still kept, given the head. */
    long oldestState(long head) {
        return states.isEmpty() ? head : Math.max(states.firstKey(), head - retained);
    }

    BlockContents contentsOf(long height) {
        BlockContents c = contents.get(height);
        return c != null ? c : BlockContents.empty(height);
    }
}

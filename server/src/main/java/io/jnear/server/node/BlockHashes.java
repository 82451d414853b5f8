package io.jnear.server.node;

import io.jnear.runtime.state.CryptoHash;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * Finds blocks by hash: the chain's block hashes are a function of the height, so the same chain has the
 * same hashes in every run (and after a restart from {@code --home}). Remembers the hashes of the last
 * {@link #VALIDITY_PERIOD} blocks, which is how far back a transaction's block hash may point.
 */
public final class BlockHashes {
    /** nearcore's {@code transaction_validity_period} in blocks. */
    public static final long VALIDITY_PERIOD = 86_400;

    private final LongFunction<CryptoHash> hashAt;
    private final Map<String, Long> heightByHash = new HashMap<>();
    private long lowest;
    private long highest = -1;

    public BlockHashes(LongFunction<CryptoHash> hashAt) {
        this.hashAt = hashAt;
    }

    public CryptoHash of(long height) {
        return hashAt.apply(height);
    }

    /**
     * The height of the block with this hash (base58) if it lies within the validity period of
     * {@code head}, or -1.
     */
    public long recentHeight(String hash, long head) {
        catchUp(head);
        Long height = heightByHash.get(hash);
        return height == null ? -1 : height;
    }

    private void catchUp(long head) {
        long from = Math.max(0, head - VALIDITY_PERIOD);
        if (head <= highest && from == lowest) {
            return;
        }
        for (long h = lowest; h < from && h <= highest; h++) {
            heightByHash.remove(of(h).toString());
        }
        for (long h = Math.max(from, highest + 1); h <= head; h++) {
            heightByHash.put(of(h).toString(), h);
        }
        lowest = from;
        highest = head;
    }
}

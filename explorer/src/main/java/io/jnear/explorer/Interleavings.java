package io.jnear.explorer;

import io.jnear.runtime.exec.Chain;
import io.jnear.runtime.state.CryptoHash;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The orders in which receipts of different transactions can reach one account in a block. Receipts of
 * one transaction keep the order they were sent in (they come from one shard, in order); receipts of
 * different transactions may come from different shards, in either order.
 */
final class Interleavings {
    private Interleavings() {
    }

    /** Every interleaving of {@code receipts}' per-transaction sequences; the given order first. */
    static List<List<Chain.DueReceipt>> byTransaction(List<Chain.DueReceipt> receipts) {
        Map<CryptoHash, List<Chain.DueReceipt>> byTransaction = new LinkedHashMap<>();
        for (Chain.DueReceipt r : receipts) {
            byTransaction.computeIfAbsent(r.transactionId(), k -> new ArrayList<>()).add(r);
        }
        if (byTransaction.size() < 2) {
            return List.of(receipts);
        }
        List<List<Chain.DueReceipt>> out = new ArrayList<>();
        out.add(receipts);
        List<List<Chain.DueReceipt>> sequences = new ArrayList<>(byTransaction.values());
        interleave(sequences, new int[sequences.size()], new ArrayList<>(), receipts.size(), out);
        return out;
    }

    private static void interleave(List<List<Chain.DueReceipt>> sequences, int[] taken, List<Chain.DueReceipt> prefix,
            int total, List<List<Chain.DueReceipt>> out) {
        if (prefix.size() == total) {
            if (!prefix.equals(out.get(0))) {
                out.add(List.copyOf(prefix));
            }
            return;
        }
        for (int s = 0; s < sequences.size(); s++) {
            if (taken[s] < sequences.get(s).size()) {
                prefix.add(sequences.get(s).get(taken[s]++));
                interleave(sequences, taken, prefix, total, out);
                taken[s]--;
                prefix.remove(prefix.size() - 1);
            }
        }
    }
}

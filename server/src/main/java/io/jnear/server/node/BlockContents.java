package io.jnear.server.node;

import io.jnear.runtime.exec.Receipt;
import java.math.BigInteger;
import java.util.List;

/**
 * What one block's chunk holds and did: the transactions it included, the receipts that arrived in it
 * (those the previous block sent out), and the gas and tokens its own transactions and receipts burnt.
 * nearcore reports a chunk's gas and burnt balance in the next chunk's header, so readers of block
 * {@code h} take those two from the contents of {@code h - 1}.
 */
public record BlockContents(
        long height,
        List<Node.Submitted> transactions,
        List<Receipt> incomingReceipts,
        long gasBurnt,
        BigInteger tokensBurnt) {

    public BlockContents {
        transactions = List.copyOf(transactions);
        incomingReceipts = List.copyOf(incomingReceipts);
    }

    /** The contents of a block in which nothing happened. */
    public static BlockContents empty(long height) {
        return new BlockContents(height, List.of(), List.of(), 0, BigInteger.ZERO);
    }

    boolean isEmpty() {
        return transactions.isEmpty() && incomingReceipts.isEmpty() && gasBurnt == 0 && tokensBurnt.signum() == 0;
    }
}

package io.jnear.explorer;

import io.jnear.runtime.state.CryptoHash;
import java.util.List;

/**
 * What happens before one block of a schedule: the receipts due in it run in {@code receiptOrder}
 * (null: in the order they were sent), and {@code submissions} are sent, in this order, to be
 * included in it.
 */
public record BlockPlan(List<CryptoHash> receiptOrder, List<Submission> submissions) {
    static final BlockPlan WAIT = new BlockPlan(null, List.of());

    public BlockPlan {
        receiptOrder = receiptOrder == null ? null : List.copyOf(receiptOrder);
        submissions = List.copyOf(submissions);
    }

    /** True when the block only lets time pass for what is in flight. */
    public boolean isWait() {
        return receiptOrder == null && submissions.isEmpty();
    }
}

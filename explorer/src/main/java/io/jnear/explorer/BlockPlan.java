package io.jnear.explorer;

import io.jnear.runtime.state.CryptoHash;
import java.util.List;

/**
 * What happens before one block of a schedule: the receipts due in it run in {@code receiptOrder}
 * (null: in the order they were sent), the calls in {@code failures} that are due in it fail, and
 * {@code submissions} are sent, in this order, to be included in it.
 */
public record BlockPlan(List<CryptoHash> receiptOrder, List<FailedCall> failures, List<Submission> submissions) {
    public BlockPlan {
        receiptOrder = receiptOrder == null ? null : List.copyOf(receiptOrder);
        failures = List.copyOf(failures);
        submissions = List.copyOf(submissions);
    }

    /** True when the block only lets time pass for what is in flight. */
    public boolean isWait() {
        return receiptOrder == null && failures.isEmpty() && submissions.isEmpty();
    }

    BlockPlan withReceiptOrder(List<CryptoHash> order) {
        return new BlockPlan(order, failures, submissions);
    }

    BlockPlan withFailures(List<FailedCall> newFailures) {
        return new BlockPlan(receiptOrder, newFailures, submissions);
    }

    BlockPlan withSubmissions(List<Submission> newSubmissions) {
        return new BlockPlan(receiptOrder, failures, newSubmissions);
    }
}

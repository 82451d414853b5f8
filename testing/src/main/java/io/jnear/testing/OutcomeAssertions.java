package io.jnear.testing;

import io.jnear.runtime.ExecutionResult;
import io.jnear.runtime.outcome.ExecutionOutcome;

/**
 * Entry points of the fluent assertions on outcomes, named as AssertJ names its own, so a static import
 * reads {@code assertThat(result).succeeded().hasLogs("hi")}. Every failure message ends with the receipt
 * tree of the transaction.
 */
public final class OutcomeAssertions {
    private OutcomeAssertions() {
    }

    /** Assertions on a finished (or pending, via {@code current()}) transaction. */
    public static <T> ResultAssert<T> assertThat(ExecutionResult<T> result) {
        return new ResultAssert<>(result);
    }

    /** Assertions on one receipt's outcome, without the transaction's tree in the messages. */
    public static ReceiptAssert assertThat(ExecutionOutcome outcome) {
        return new ReceiptAssert(outcome, "");
    }
}

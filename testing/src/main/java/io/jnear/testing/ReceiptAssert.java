package io.jnear.testing;

import io.jnear.runtime.outcome.ExecutionOutcome;
import java.util.List;
import java.util.Objects;
import org.opentest4j.AssertionFailedError;

/** Fluent assertions on one receipt's outcome; each returns this assertion so they chain. */
public final class ReceiptAssert {
    private final ExecutionOutcome outcome;
    private final String context;

    ReceiptAssert(ExecutionOutcome outcome, String context) {
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.context = context;
    }

    /** The receipt ran in block {@code height}. */
    public ReceiptAssert ranInBlock(long height) {
        if (outcome.blockHeight() != height) {
            throw fail("Expected the receipt on " + outcome.executorId() + " to run in block " + height
                    + " but it ran in block " + outcome.blockHeight(), height, outcome.blockHeight());
        }
        return this;
    }

    /** The receipt succeeded. */
    public ReceiptAssert succeeded() {
        if (outcome.isFailure()) {
            throw fail("Expected the receipt on " + outcome.executorId() + " to succeed, but it failed with '"
                    + outcome.failureMessage() + "'", null, null);
        }
        return this;
    }

    /** The receipt failed with exactly {@code message}. */
    public ReceiptAssert failedWith(String message) {
        String actual = outcome.failureMessage();
        if (!message.equals(actual)) {
            throw fail("Expected the receipt on " + outcome.executorId() + " to fail with '" + message + "' but "
                    + (actual == null ? "it succeeded" : "it failed with '" + actual + "'"), message, actual);
        }
        return this;
    }

    /** The receipt's own logs are exactly {@code lines}. */
    public ReceiptAssert hasLogs(String... lines) {
        List<String> expected = List.of(lines);
        if (!expected.equals(outcome.logs())) {
            throw fail("Expected the receipt on " + outcome.executorId() + " to log " + expected + " but it logged "
                    + outcome.logs(), expected, outcome.logs());
        }
        return this;
    }

    /** The outcome under assertion, for anything these methods do not say. */
    public ExecutionOutcome outcome() {
        return outcome;
    }

    private AssertionFailedError fail(String message, Object expected, Object actual) {
        return new AssertionFailedError(message + context, expected, actual);
    }
}

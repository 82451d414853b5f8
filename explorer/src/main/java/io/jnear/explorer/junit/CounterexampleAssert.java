package io.jnear.explorer.junit;

import io.jnear.explorer.Counterexample;
import java.util.Objects;
import org.opentest4j.AssertionFailedError;

/**
 * Assertions on a minimised {@link Counterexample}. Each failure names what was expected and carries the
 * whole report, so a test that expected another exploit still shows the one that was found.
 */
public final class CounterexampleAssert {
    private final Counterexample counterexample;

    CounterexampleAssert(Counterexample counterexample) {
        this.counterexample = counterexample;
    }

    /** Passes when the invariant broken is the one named {@code invariant}. */
    public CounterexampleAssert breaking(String invariant) {
        return expect("the invariant broken", invariant, counterexample.violation().invariant());
    }

    /** Passes when the minimised schedule sends exactly {@code transactions} transactions. */
    public CounterexampleAssert withTransactions(int transactions) {
        return expect("transactions in the minimised schedule", transactions, counterexample.transactionCount());
    }

    /** Passes when the schedule in words ({@link Counterexample#describe()}) is exactly {@code narrative}. */
    public CounterexampleAssert describedAs(String narrative) {
        return expect("the schedule", narrative, counterexample.describe());
    }

    /** Passes when some transaction's receipt tree contains {@code text}. */
    public CounterexampleAssert withReceiptTreesContaining(String text) {
        if (!counterexample.receiptTrees().contains(text)) {
            throw failure("Expected the receipt trees to contain: " + text, null, null);
        }
        return this;
    }

    /** The counterexample, for assertions of the test's own. */
    public Counterexample counterexample() {
        return counterexample;
    }

    private CounterexampleAssert expect(String what, Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            throw failure("Expected " + what + " to be <" + expected + "> but was <" + actual + ">", expected, actual);
        }
        return this;
    }

    private AssertionFailedError failure(String message, Object expected, Object actual) {
        String full = message + "\n\n" + counterexample.report();
        return expected == null ? new AssertionFailedError(full) : new AssertionFailedError(full, expected, actual);
    }
}

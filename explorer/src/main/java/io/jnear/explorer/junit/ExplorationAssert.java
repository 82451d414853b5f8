package io.jnear.explorer.junit;

import io.jnear.explorer.Counterexample;
import io.jnear.explorer.CounterexampleFound;
import io.jnear.explorer.Exploration;
import io.jnear.explorer.Explorer;

/**
 * Fluent assertions on an {@link Exploration}. A failure because a schedule broke an invariant is a
 * {@link CounterexampleFound} whose message is the minimised counterexample's report: what happened
 * block by block, each transaction's receipt tree, and Java statements that replay it.
 *
 * <pre>{@code
 * assertThat(Explorer.from(sandbox).actor(mallory).invariant(solvent)).holds();
 *
 * assertThat(Explorer.from(sandbox).actor(mallory).invariant(solvent))
 *         .findsCounterexample()
 *         .breaking("the vault holds what its books owe")
 *         .withTransactions(2);
 * }</pre>
 */
public final class ExplorationAssert {
    private final Exploration exploration;

    private ExplorationAssert(Exploration exploration) {
        this.exploration = exploration;
    }

    /** Assertions on {@code exploration}. */
    public static ExplorationAssert assertThat(Exploration exploration) {
        return new ExplorationAssert(exploration);
    }

    /** Runs {@code explorer} and returns assertions on what it found. */
    public static ExplorationAssert assertThat(Explorer explorer) {
        return new ExplorationAssert(explorer.explore());
    }

    /**
     * Passes when every schedule in the bound keeps the invariants; fails with the counterexample's report,
     * or when the budget ran out before the bound was covered.
     */
    public ExplorationAssert holds() {
        exploration.assertHolds();
        return this;
    }

    /** Passes when at least {@code schedules} complete schedules were checked. */
    public ExplorationAssert checkedAtLeast(long schedules) {
        if (exploration.schedules() < schedules) {
            throw new AssertionError("Expected at least " + schedules + " schedules checked, but: " + exploration);
        }
        return this;
    }

    /** Passes when some schedule broke an invariant; assertions on its minimised counterexample follow. */
    public CounterexampleAssert findsCounterexample() {
        Counterexample counterexample = exploration.counterexample().orElseThrow(() -> new AssertionError(
                "Expected a schedule that breaks an invariant, but none did: " + exploration));
        return new CounterexampleAssert(counterexample);
    }

    /** The exploration asserted on. */
    public Exploration exploration() {
        return exploration;
    }
}

package io.jnear.explorer;

import java.util.Optional;

/**
 * What a search found: a counterexample, or that every schedule in the bound keeps the invariants (or
 * how far it got before the budget ran out).
 */
public final class Exploration {
    private final long schedules;
    private final long blocks;
    private final long unsettled;
    private final long pruned;
    private final boolean exhausted;
    private final Counterexample counterexample;

    private Exploration(long schedules, long blocks, long unsettled, long pruned, boolean exhausted,
            Counterexample counterexample) {
        this.schedules = schedules;
        this.blocks = blocks;
        this.unsettled = unsettled;
        this.pruned = pruned;
        this.exhausted = exhausted;
        this.counterexample = counterexample;
    }

    static Exploration exhausted(long schedules, long blocks, long unsettled, long pruned) {
        return new Exploration(schedules, blocks, unsettled, pruned, true, null);
    }

    static Exploration outOfBudget(long schedules, long blocks, long unsettled, long pruned) {
        return new Exploration(schedules, blocks, unsettled, pruned, false, null);
    }

    static Exploration withCounterexample(Explorer explorer, long schedules, long blocks, long unsettled, long pruned,
            Minimiser.Minimal minimal) {
        return new Exploration(schedules, blocks, unsettled, pruned, false, Counterexample.of(explorer, minimal));
    }

    /** Complete schedules checked (each path from the start to rest, or to a violation). */
    public long schedules() {
        return schedules;
    }

    /** Blocks produced across all branches: the search's work. */
    public long blocks() {
        return blocks;
    }

    /** Schedules that never came to rest within {@link Explorer#SETTLE_LIMIT} blocks (counted, not checked at rest). */
    public long unsettled() {
        return unsettled;
    }

    /**
     * Branches cut because the sandbox after a block equalled one already reached at that depth with
     * the same steps left (see {@link Explorer#deduplicate}): the schedules below them were not run
     * again, and are not counted in {@link #schedules()}.
     */
    public long pruned() {
        return pruned;
    }

    /** True when every schedule in the bound was checked and none broke an invariant. */
    public boolean holdsInBound() {
        return exhausted && counterexample == null;
    }

    /** True when the search visited every schedule in the bound (it found no counterexample). */
    public boolean exhaustedBound() {
        return exhausted;
    }

    public Optional<Counterexample> counterexample() {
        return Optional.ofNullable(counterexample);
    }

    /**
     * For JUnit and other test frameworks: fails with {@link CounterexampleFound}, whose message is the
     * counterexample's full report (schedule, receipt trees, replay snippet), or if the budget ran out
     * before the bound was covered.
     */
    public void assertHolds() {
        if (counterexample != null) {
            throw new CounterexampleFound(counterexample);
        }
        if (!exhausted) {
            throw new AssertionError("The budget ran out after " + schedules + " schedules and " + blocks
                    + " blocks, before every schedule in the bound was checked; raise the budget or lower maxBlocks");
        }
    }

    /** Fails unless a counterexample was found; returns it. */
    public Counterexample assertCounterexample() {
        if (counterexample == null) {
            throw new AssertionError("No schedule broke an invariant: " + this);
        }
        return counterexample;
    }

    @Override
    public String toString() {
        String outcome = counterexample != null ? "counterexample found: " + counterexample.violation()
                : exhausted ? "every schedule in the bound keeps the invariants" : "budget exhausted";
        return "explored " + schedules + " schedules, " + blocks + " blocks, pruned " + pruned + " as duplicates"
                + (unsettled > 0 ? ", " + unsettled + " unsettled" : "") + ": " + outcome;
    }
}

package io.jnear.explorer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Shrinks a counterexample to one that breaks the same invariant with fewest transactions and blocks:
 * greedy passes that each try one simplification by replaying the schedule (drop a transaction, an
 * injected failure, a receipt reordering, drop a block that only waited, cut what follows the violation), keeping it when the
 * invariant still breaks, until no pass finds anything. Each kept change shortens the schedule, so it ends.
 */
final class Minimiser {
    private Minimiser() {
    }

    /** The minimised schedule, and the violation its replay finds. */
    record Minimal(Schedule schedule, Violation violation, int replays) {
    }

    static Minimal minimise(Explorer explorer, Schedule schedule, Violation violation) {
        Minimiser.State state = new State(explorer, schedule, violation);
        boolean changed = true;
        while (changed) {
            changed = state.cutAfterViolation() | state.dropTransactions() | state.dropFailures() | state.dropReorders()
                    | state.dropWaits();
        }
        return new Minimal(state.schedule, state.violation, state.replays);
    }

    private static final class State {
        final Explorer explorer;
        Schedule schedule;
        Violation violation;
        int replays;

        State(Explorer explorer, Schedule schedule, Violation violation) {
            this.explorer = explorer;
            this.schedule = schedule;
            this.violation = violation;
        }

        /** Keeps {@code candidate} if it still breaks the same invariant. */
        boolean tryKeep(Schedule candidate) {
            replays++;
            Optional<Violation> v = Replay.run(explorer, candidate, false).violation();
            if (v.isPresent() && v.get().invariant().equals(violation.invariant())) {
                schedule = candidate;
                violation = v.get();
                return true;
            }
            return false;
        }

        boolean cutAfterViolation() {
            if (!violation.atRest() && violation.blockIndex() < schedule.blocks().size()) {
                return tryKeep(schedule.truncated(violation.blockIndex()));
            }
            return false;
        }

        boolean dropTransactions() {
            boolean changed = false;
            for (int b = schedule.blocks().size() - 1; b >= 0; b--) {
                for (int k = schedule.blocks().get(b).submissions().size() - 1; k >= 0; k--) {
                    if (b >= schedule.blocks().size() || k >= schedule.blocks().get(b).submissions().size()) {
                        continue;
                    }
                    BlockPlan plan = schedule.blocks().get(b);
                    List<Submission> fewer = new ArrayList<>(plan.submissions());
                    fewer.remove(k);
                    changed |= tryKeep(schedule.withBlock(b, plan.withSubmissions(fewer)));
                }
            }
            return changed;
        }

        boolean dropFailures() {
            boolean changed = false;
            for (int b = 0; b < schedule.blocks().size(); b++) {
                for (int k = schedule.blocks().get(b).failures().size() - 1; k >= 0; k--) {
                    BlockPlan plan = schedule.blocks().get(b);
                    List<FailedCall> fewer = new ArrayList<>(plan.failures());
                    fewer.remove(k);
                    changed |= tryKeep(schedule.withBlock(b, plan.withFailures(fewer)));
                }
            }
            return changed;
        }

        boolean dropReorders() {
            boolean changed = false;
            for (int b = 0; b < schedule.blocks().size(); b++) {
                BlockPlan plan = schedule.blocks().get(b);
                if (plan.receiptOrder() != null) {
                    changed |= tryKeep(schedule.withBlock(b, plan.withReceiptOrder(null)));
                }
            }
            return changed;
        }

        /** Drops blocks that only wait, from the end: later transactions then land a block earlier. */
        boolean dropWaits() {
            boolean changed = false;
            for (int b = schedule.blocks().size() - 1; b >= 0; b--) {
                if (b < schedule.blocks().size() && schedule.blocks().get(b).isWait()) {
                    changed |= tryKeep(schedule.withoutBlock(b));
                }
            }
            return changed;
        }
    }
}

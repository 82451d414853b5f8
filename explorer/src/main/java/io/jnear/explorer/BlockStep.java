package io.jnear.explorer;

import io.jnear.runtime.Sandbox;
import io.jnear.runtime.SubmittedTransaction;
import io.jnear.runtime.exec.InvalidTransactionException;
import java.util.List;
import java.util.Optional;

/** Carries out one {@link BlockPlan} on a sandbox and checks the invariants: the search's unit of work. */
final class BlockStep {
    /** A transaction a plan sent: the handle, or why the chain refused it. */
    record Sent(Submission submission, int blockIndex, SubmittedTransaction<?> handle, String rejection) {
    }

    private BlockStep() {
    }

    /**
     * Orders the receipts due, marks the calls to fail, sends the plan's transactions, produces the block. A receipt order that no
     * longer matches the receipts due (a shortened schedule during minimisation) is left out.
     */
    static void run(Explorer explorer, Sandbox sandbox, BlockPlan plan, int blockIndex, List<Sent> sent) {
        if (plan.receiptOrder() != null) {
            try {
                sandbox.reorderReceiptsDueNext(plan.receiptOrder());
            } catch (IllegalArgumentException stale) {
                // the receipts this order was chosen for are not the ones due: keep the order they came in
            }
        }
        for (FailedCall f : plan.failures()) {
            sandbox.failCallsDueNext(f.receiver(), f.method(), f.how());
        }
        for (Submission s : plan.submissions()) {
            Actor actor = explorer.actors.get(s.actor());
            Alternative alternative = actor.steps().get(s.step()).alternatives().get(s.alternative());
            SubmittedTransaction<?> handle = null;
            String rejection = null;
            try {
                handle = sandbox.submit(actor.signer(), alternative.transaction());
            } catch (InvalidTransactionException e) {
                rejection = e.getMessage(); // the chain refuses it; the schedule goes on without it
            }
            if (sent != null) {
                sent.add(new Sent(s, blockIndex, handle, rejection));
            }
        }
        sandbox.produceBlock();
    }

    /** The first invariant checked after every block that {@code sandbox} breaks. */
    static Optional<Violation> checkBlock(Explorer explorer, Sandbox sandbox, int blockIndex) {
        return check(explorer, sandbox, blockIndex, false);
    }

    /** The first at-rest invariant {@code sandbox} breaks, once nothing is in flight. */
    static Optional<Violation> checkAtRest(Explorer explorer, Sandbox sandbox, int blockIndex) {
        return check(explorer, sandbox, blockIndex, true);
    }

    /** The first invariant of the kind asked for (checked at rest, or after every block) that {@code sandbox} breaks. */
    private static Optional<Violation> check(Explorer explorer, Sandbox sandbox, int blockIndex, boolean atRest) {
        for (Invariant invariant : explorer.invariants) {
            if (invariant.everyBlock() != atRest) {
                Optional<String> v = invariant.violation(sandbox);
                if (v.isPresent()) {
                    return Optional.of(new Violation(invariant.name(), v.get(), blockIndex, atRest));
                }
            }
        }
        return Optional.empty();
    }
}

package io.jnear.explorer;

import io.jnear.runtime.ExecutionResult;
import io.jnear.runtime.exec.TransactionTrace;
import java.util.ArrayList;
import java.util.List;

/**
 * A minimised schedule that breaks an invariant, replayed: what happened block by block, each
 * transaction's receipt tree, the traces to draw (the CLI renders them as its SVG lanes picture), and
 * a snippet that replays it as an ordinary sandbox test.
 */
public final class Counterexample {
    private final Explorer explorer;
    private final Schedule schedule;
    private final Violation violation;
    private final Replay replay;
    private final int minimiserReplays;

    private Counterexample(Explorer explorer, Schedule schedule, Violation violation, Replay replay,
            int minimiserReplays) {
        this.explorer = explorer;
        this.schedule = schedule;
        this.violation = violation;
        this.replay = replay;
        this.minimiserReplays = minimiserReplays;
    }

    static Counterexample of(Explorer explorer, Minimiser.Minimal minimal) {
        Replay replay = Replay.run(explorer, minimal.schedule(), true);
        return new Counterexample(explorer, minimal.schedule(), minimal.violation(), replay, minimal.replays());
    }

    public Schedule schedule() {
        return schedule;
    }

    public Violation violation() {
        return violation;
    }

    /** How many transactions the minimised schedule sends. */
    public int transactionCount() {
        return schedule.transactionCount();
    }

    /** The replay the report is made of (run to rest, so every trace is complete). */
    public Replay replay() {
        return replay;
    }

    /** Replays the minimiser ran to shrink the schedule. */
    public int minimiserReplays() {
        return minimiserReplays;
    }

    /** Each transaction's outcome, in the order sent. */
    public List<ExecutionResult<?>> results() {
        return replay.results();
    }

    /** The transactions' traces, for drawing (the CLI's SVG lanes picture takes exactly these). */
    public List<TransactionTrace> traces() {
        List<TransactionTrace> traces = new ArrayList<>();
        for (ExecutionResult<?> r : results()) {
            traces.add(r.trace());
        }
        return traces;
    }

    /** The schedule in words: which transaction is included in which block, and when the invariant broke. */
    public String describe() {
        StringBuilder out = new StringBuilder();
        long start = explorer.start.blockHeight();
        for (BlockStep.Sent sent : replay.sent()) {
            Submission s = sent.submission();
            Actor actor = explorer.actors.get(s.actor());
            Alternative alternative = actor.steps().get(s.step()).alternatives().get(s.alternative());
            out.append("block ").append(start + sent.blockIndex()).append(": ").append(actor.signer())
                    .append(" sends '").append(alternative.label()).append('\'');
            if (sent.rejection() != null) {
                out.append(", refused: ").append(sent.rejection());
            }
            out.append('\n');
        }
        for (int b = 0; b < schedule.blocks().size(); b++) {
            for (FailedCall f : schedule.blocks().get(b).failures()) {
                out.append("block ").append(start + b + 1).append(": ").append(f.receiver()).append('.')
                        .append(f.method()).append(", due in this block, is made to fail (").append(f.howInWords())
                        .append(")\n");
            }
            if (schedule.blocks().get(b).receiptOrder() != null) {
                out.append("block ").append(start + b + 1).append(": receipts due run in the order ")
                        .append(schedule.blocks().get(b).receiptOrder()).append('\n');
            }
        }
        out.append(violation.atRest() ? "at rest after block " : "after block ")
                .append(start + violation.blockIndex()).append(": '").append(violation.invariant())
                .append("' does not hold: ").append(violation.message()).append('\n');
        return out.toString();
    }

    /** Every transaction's receipt tree, in the order sent. */
    public String receiptTrees() {
        StringBuilder out = new StringBuilder();
        for (ExecutionResult<?> r : results()) {
            out.append(r.toTree()).append('\n');
        }
        return out.toString();
    }

    /** Java statements that replay the schedule on the starting sandbox, as an ordinary test would. */
    public String javaSnippet() {
        return JavaSnippet.of(explorer, schedule, violation);
    }

    /** The whole report: schedule, receipt trees, replay snippet. */
    public String report() {
        return "Counterexample (" + transactionCount() + " transaction(s), " + schedule.blocks().size()
                + " block(s) of choices):\n" + describe() + "\nReceipt trees:\n" + receiptTrees()
                + "\nReplay as a sandbox test:\n" + javaSnippet();
    }

    @Override
    public String toString() {
        return report();
    }
}

package io.jnear.explorer;

import io.jnear.runtime.ExecutionResult;
import io.jnear.runtime.Sandbox;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A schedule run again, on its own fork of the starting sandbox: each plan, then blocks until nothing is
 * in flight, checking invariants as the search does. Deterministic: the same schedule gives the same
 * violation, outcomes and {@link #stateDigest()}.
 */
public final class Replay {
    private final Sandbox sandbox;
    private final List<BlockStep.Sent> sent;
    private final Violation violation;
    private final int blocks;

    private Replay(Sandbox sandbox, List<BlockStep.Sent> sent, Violation violation, int blocks) {
        this.sandbox = sandbox;
        this.sent = sent;
        this.violation = violation;
        this.blocks = blocks;
    }

    /**
     * Runs {@code schedule}; stops at the first violation unless {@code finish}, in which case the chain
     * still runs to rest afterwards, so every transaction's trace is complete for the report.
     */
    static Replay run(Explorer explorer, Schedule schedule, boolean finish) {
        Sandbox sandbox = explorer.start.fork();
        List<BlockStep.Sent> sent = new ArrayList<>();
        Violation found = null;
        int block = 0;
        for (BlockPlan plan : schedule.blocks()) {
            BlockStep.run(explorer, sandbox, plan, ++block, sent);
            if (found == null) {
                found = BlockStep.checkBlock(explorer, sandbox, block).orElse(null);
                if (found != null && !finish) {
                    return new Replay(sandbox, sent, found, block);
                }
            }
        }
        for (int settle = 0; !sandbox.isIdle() && settle < Explorer.SETTLE_LIMIT; settle++) {
            sandbox.produceBlock();
            block++;
            if (found == null) {
                found = BlockStep.checkBlock(explorer, sandbox, block).orElse(null);
                if (found != null && !finish) {
                    return new Replay(sandbox, sent, found, block);
                }
            }
        }
        if (found == null && sandbox.isIdle()) {
            found = BlockStep.checkAtRest(explorer, sandbox, block).orElse(null);
        }
        return new Replay(sandbox, sent, found, block);
    }

    /** The first invariant the schedule broke, if any. */
    public Optional<Violation> violation() {
        return Optional.ofNullable(violation);
    }

    /** The sandbox as the replay left it. */
    public Sandbox sandbox() {
        return sandbox;
    }

    /** Blocks produced, settling included. */
    public int blocks() {
        return blocks;
    }

    /** The outcome of each transaction the schedule sent and the chain accepted, in the order sent. */
    public List<ExecutionResult<?>> results() {
        List<ExecutionResult<?>> results = new ArrayList<>();
        for (BlockStep.Sent s : sent) {
            if (s.handle() != null && s.handle().isComplete()) {
                results.add(s.handle().await());
            }
        }
        return results;
    }

    /** {@link Sandbox#stateDigest()} of where the replay ended. */
    public String stateDigest() {
        return sandbox.stateDigest();
    }

    List<BlockStep.Sent> sent() {
        return sent;
    }
}

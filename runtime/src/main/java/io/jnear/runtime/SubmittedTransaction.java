package io.jnear.runtime;

import io.jnear.runtime.exec.TransactionTrace;
import io.jnear.runtime.outcome.ExecutionOutcome;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.spi.ResultDecoder;
import java.util.List;

/**
 * A transaction submitted but perhaps not finished: step the sandbox with
 * {@link Sandbox#produceBlock()} to watch it progress, let other accounts act in between, then
 * {@link #await()} its result.
 */
public final class SubmittedTransaction<T> {
    private final Sandbox sandbox;
    private final TransactionTrace trace;
    private final ResultDecoder<T> decoder;
    private final BalanceSnapshot before;
    private ExecutionResult<T> completed;

    SubmittedTransaction(Sandbox sandbox, TransactionTrace trace, ResultDecoder<T> decoder, BalanceSnapshot before) {
        this.sandbox = sandbox;
        this.trace = trace;
        this.decoder = decoder;
        this.before = before;
    }

    /** True once the transaction and all its receipts have run. */
    public boolean isComplete() {
        return trace.isComplete();
    }

    /** Produces blocks until the transaction is complete, then returns its result. */
    public ExecutionResult<T> await() {
        if (completed == null) {
            sandbox.runUntil(trace::isComplete);
            completed = new ExecutionResult<>(trace, decoder, before, sandbox.balances());
        }
        return completed;
    }

    /**
     * The result as it stands, without producing blocks: its status is {@code NotStarted} before the
     * transaction is included and {@code Started} until the receipt holding its result has run.
     */
    public ExecutionResult<T> current() {
        return completed != null ? completed : new ExecutionResult<>(trace, decoder, before, sandbox.balances());
    }

    /** Every log line of the receipts that have run so far, in execution order. */
    public List<String> logs() {
        return current().logs();
    }

    /** The receipts that have run {@code method} so far, on any account (refunds aside). */
    public List<ExecutionOutcome> receipts(String method) {
        return current().receipts(method);
    }

    /** The receipts that have run on {@code receiver} so far (refunds aside). */
    public List<ExecutionOutcome> receiptsOn(AccountId receiver) {
        return current().receiptsOn(receiver);
    }

    /** The receipt tree so far. */
    public String toTree() {
        return current().toTree();
    }

    /** The trace so far: outcomes of the receipts that have run. */
    public TransactionTrace trace() {
        return trace;
    }
}

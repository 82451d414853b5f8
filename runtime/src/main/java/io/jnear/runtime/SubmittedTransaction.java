package io.jnear.runtime;

import io.jnear.runtime.exec.TransactionTrace;
import io.jnear.sdk.spi.ResultDecoder;

/**
 * A transaction submitted but perhaps not finished: step the sandbox with
 * {@link Sandbox#produceBlock()} to watch it progress, let other accounts act in between, then
 * {@link #await()} its result.
 */
public final class SubmittedTransaction<T> {
    private final Sandbox sandbox;
    private final TransactionTrace trace;
    private final ResultDecoder<T> decoder;

    SubmittedTransaction(Sandbox sandbox, TransactionTrace trace, ResultDecoder<T> decoder) {
        this.sandbox = sandbox;
        this.trace = trace;
        this.decoder = decoder;
    }

    /** True once the transaction and all its receipts have run. */
    public boolean isComplete() {
        return trace.isComplete();
    }

    /** Produces blocks until the transaction is complete, then returns its result. */
    public ExecutionResult<T> await() {
        sandbox.runUntil(trace::isComplete);
        return new ExecutionResult<>(trace, decoder);
    }

    /**
     * The result as it stands, without producing blocks: its status is {@code NotStarted} before the
     * transaction is included and {@code Started} until the receipt holding its result has run.
     */
    public ExecutionResult<T> current() {
        return new ExecutionResult<>(trace, decoder);
    }

    /** The trace so far: outcomes of the receipts that have run. */
    public TransactionTrace trace() {
        return trace;
    }
}

package io.jnear.runtime;

import io.jnear.runtime.outcome.TxExecutionError;

/** Thrown when the value of a failed transaction is asked for; carries the failure as data. */
public final class TransactionFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient TxExecutionError error;

    public TransactionFailedException(String message, TxExecutionError error) {
        super(message);
        this.error = error;
    }

    public TxExecutionError error() {
        return error;
    }
}

package io.jnear.runtime.exec;

import io.jnear.runtime.outcome.InvalidTxError;

/** A transaction the chain refused before it became a receipt; nothing was charged. */
public final class InvalidTransactionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient InvalidTxError error;

    public InvalidTransactionException(InvalidTxError error) {
        super(error.message());
        this.error = error;
    }

    public InvalidTxError error() {
        return error;
    }
}

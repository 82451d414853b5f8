package io.jnear.server.tx;

/** Bytes that do not decode as a {@code SignedTransaction}. */
public final class MalformedTransactionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MalformedTransactionException(String message) {
        super(message);
    }
}

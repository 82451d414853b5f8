package io.jnear.runtime;

/** A view call that failed; {@link #error()} is NEAR's text for why. */
public final class ViewCallException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String error;

    public ViewCallException(String message, String error) {
        super(message);
        this.error = error;
    }

    public String error() {
        return error;
    }
}

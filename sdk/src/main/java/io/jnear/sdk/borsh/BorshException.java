package io.jnear.sdk.borsh;

/** Bytes that are not the Borsh of the expected type: too short, too long, or an invalid tag or text. */
public final class BorshException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BorshException(String message) {
        super(message, null, false, false);
    }
}

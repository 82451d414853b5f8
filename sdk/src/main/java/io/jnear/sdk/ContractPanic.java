package io.jnear.sdk;

/**
 * Thrown to abort the current call: the sandbox fails the receipt with
 * {@code Smart contract panicked: <message>} and discards all of its effects. {@link Env#panic(String)}
 * throws it; contract code may throw it directly too.
 */
public class ContractPanic extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ContractPanic(String message) {
        super(message, null, false, false);
    }
}

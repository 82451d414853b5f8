package io.jnear.runtime.exec;

/**
 * A host error that fails the running call with NEAR's text (out of gas, prohibited in view, …). It is an
 * {@link Error} so {@code catch (Exception e)} in contract code does not swallow it, and the VM remembers
 * it, so even a contract that catches it still fails.
 */
public final class VmError extends io.jnear.sdk.spi.HostAbort {
    private static final long serialVersionUID = 1L;

    public VmError(String message) {
        super(message);
    }
}

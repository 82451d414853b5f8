package io.jnear.sdk.spi;

/**
 * A failure of the host (out of gas, a prohibited API, …) that ends the call. Metered contract code
 * cannot catch it: the instrumentation rethrows it at the start of every exception handler.
 */
public abstract class HostAbort extends Error {
    private static final long serialVersionUID = 1L;

    protected HostAbort(String message) {
        super(message, null, false, false);
    }
}

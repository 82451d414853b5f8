package io.jnear.sdk.spi;

import io.jnear.sdk.HostBinding;

/**
 * What metered contract code calls. The sandbox loads each deployment's classes through a class loader
 * that inserts these calls into their bytecode: {@link #charge} at the end of every basic block with
 * the number of instructions it holds, {@link #caught} at the start of every exception handler,
 * {@link #allocate} before every array allocation, and {@link #prohibited} in place of APIs that would
 * make execution non-deterministic or escape the sandbox. Outside a contract call they do nothing, so
 * the same classes can be unit-tested directly.
 */
public final class Meter {
    /** Internal owner name of this class, for the instrumentation. */
    public static final String INTERNAL_NAME = "io/jnear/sdk/spi/Meter";

    /** Array bytes one call may allocate: the 64 MiB of memory a NEAR contract gets. */
    public static final long MEMORY_LIMIT_BYTES = 64L * 1024 * 1024;

    private Meter() {
    }

    /** Charges {@code instructions} executed instructions. */
    public static void charge(int instructions) {
        HostBinding.chargeOps(instructions);
    }

    /** Rethrows a host failure that a contract's handler would otherwise catch. */
    public static void caught(Throwable t) {
        if (t instanceof HostAbort abort) {
            throw abort;
        }
    }

    /** Counts an array of {@code length} elements of {@code elementBytes} against the call's memory limit. */
    public static void allocate(int length, int elementBytes) {
        if (length > 0) {
            HostBinding.allocate((long) length * elementBytes);
        }
    }

    /** Fails the call: {@code api} is not allowed in contract code, for {@code reason}. */
    public static void prohibited(String api, String reason) {
        HostBinding.fail(api + " is not allowed in contract code: " + reason);
    }
}

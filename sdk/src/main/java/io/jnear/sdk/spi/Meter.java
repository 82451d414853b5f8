package io.jnear.sdk.spi;

import io.jnear.sdk.HostBinding;

/**
 * What metered contract code calls. The sandbox loads each deployment's classes through a class loader
 * that inserts these calls into their bytecode: {@link #charge} at the start of every basic block with
 * the number of instructions it holds, {@link #caught} on the way into every exception handler,
 * {@link #allocate} before every array allocation, {@link #enter} and {@link #leave} around every
 * method. {@link #enter} returns the call the method runs in, which the instrumentation keeps in a local
 * of its own and gives to the method's later charges, allocations and leave, so only the entry has to find
 * the call. Contract code itself may not name this class or the call's type (the sandbox refuses both at
 * deploy); outside a contract call the methods do nothing, so the same classes can be unit-tested directly.
 */
public final class Meter {
    /** Internal owner name of this class, for the instrumentation. */
    public static final String INTERNAL_NAME = "io/jnear/sdk/spi/Meter";

    /** Array bytes one call may allocate: the 64 MiB of memory a NEAR contract gets. */
    public static final long MEMORY_LIMIT_BYTES = 64L * 1024 * 1024;

    /**
     * How deeply contract methods may nest in one call. A protocol constant rather than the JVM's stack
     * size, so the same call fails or succeeds on every machine and with every {@code -Xss}; low enough
     * that the frames fit a 256 KiB thread stack.
     */
    public static final int MAX_CALL_DEPTH = 1_000;

    /** Instructions an exception caught by contract code costs: what creating and unwinding it takes. */
    private static final int EXCEPTION_OPS = 4_000;

    private Meter() {
    }

    /** Charges {@code instructions} executed instructions; a negative count fails the call. */
    public static void charge(int instructions) {
        HostBinding.chargeOps(instructions);
    }

    /** Charges {@code units} instructions' worth of work a JDK method does for contract code. */
    public static void chargeWork(long units) {
        HostBinding.chargeOps(units);
    }

    /**
     * Charges for the exception a handler of contract code is about to run for, and rethrows what contract
     * code must not catch: a host failure (out of gas, …), and the JVM's own errors
     * (stack overflow, out of memory), which end the call rather than let it carry on in an unknown state.
     */
    public static void caught(Throwable t) {
        // creating and unwinding an exception costs the JVM microseconds that no instruction count shows
        HostBinding.chargeOps(EXCEPTION_OPS);
        if (t instanceof HostAbort abort) {
            throw abort;
        }
        if (t instanceof VirtualMachineError e) {
            throw e;
        }
    }

    /** Counts an array of {@code length} elements of {@code elementBytes} against the call's memory limit. */
    public static void allocate(int length, int elementBytes) {
        if (length > 0) {
            HostBinding.allocate((long) length * elementBytes);
        }
    }

    /** Counts an array of {@code length} elements of {@code elementBytes} being copied or created by the JDK. */
    public static void allocate(long length, int elementBytes) {
        if (length > 0) {
            HostBinding.allocate(length > Long.MAX_VALUE / elementBytes ? Long.MAX_VALUE : length * elementBytes);
        }
    }

    /**
     * Counts a multi-dimensional array: {@code dimensions} are the lengths given to {@code multianewarray},
     * {@code elementBytes} the size of what the innermost given dimension holds.
     */
    public static void allocate(int[] dimensions, int elementBytes) {
        // saturating: the limit is far below where these would overflow
        long cap = MEMORY_LIMIT_BYTES * 16;
        long cells = 1;
        long bytes = 0;
        for (int i = 0; i < dimensions.length; i++) {
            long length = Math.max(0, dimensions[i]);
            cells = Math.min(cells * length, cap);
            bytes = Math.min(bytes + cells * (i == dimensions.length - 1 ? elementBytes : 8), cap);
        }
        if (bytes > 0) {
            HostBinding.allocate(bytes);
        }
    }

    /**
     * Enters a contract method and charges {@code instructions}, those of the block it starts with (one
     * call where there would be two); fails the call beyond {@link #MAX_CALL_DEPTH}. Returns the call the
     * method runs in (null outside one), kept in a local the instrumentation adds, which contract code
     * cannot name or reach, and given to the method's later charges and to its leave.
     */
    public static HostBinding.Call enter(int instructions) {
        return HostBinding.enterMethod(MAX_CALL_DEPTH, instructions);
    }

    /** Charges {@code instructions} executed in {@code call}, the one {@link #enter} returned. */
    public static void charge(HostBinding.Call call, int instructions) {
        HostBinding.chargeBlock(call, instructions);
    }

    /** Counts an array of {@code length} elements of {@code elementBytes} allocated in {@code call}. */
    public static void allocate(int length, HostBinding.Call call, int elementBytes) {
        if (length > 0) {
            HostBinding.allocate(call, (long) length * elementBytes);
        }
    }

    /** Leaves a contract method, normally or by an exception. */
    public static void leave() {
        HostBinding.leaveMethod();
    }

    /** Leaves a contract method of {@code call}, the one {@link #enter} returned, normally or by an exception. */
    public static void leave(HostBinding.Call call) {
        HostBinding.leaveMethod(call);
    }
}

package io.jnear.sdk.wasm;

import io.jnear.sdk.HostBinding;
import io.jnear.sdk.U128;
import io.jnear.sdk.spi.ContractDispatcher;
import java.nio.charset.StandardCharsets;

/**
 * What every generated {@code @Export} entry point of a contract compiled to Wasm runs: binds
 * {@link WasmHost}, lets the contract's generated dispatcher run the method (which reads {@code input},
 * decodes, checks, calls, encodes and returns), schedules the promises it built, and turns anything thrown
 * into {@code panic_utf8} with its message, as the JVM sandbox reports it.
 */
public final class WasmEntry {
    /**
     * The export the build calls once, at build time, before it snapshots the module's memory (see
     * {@link #preinitialize}); the build removes it, so NEAR never sees it. Not a Java identifier, so no
     * contract method can be named so.
     */
    public static final String PREINITIALIZE_EXPORT = "jnear:preinitialize";

    private WasmEntry() {
    }

    /**
     * Runs, at build time, the class initialisers every call of the contract would otherwise run again
     * (each NEAR call starts from the module's initial memory): the contract's dispatcher and its codecs,
     * and the JDK classes the SDK's codecs use (UTF-8 charsets, {@code U128}, the boxed-integer
     * cache). The build then writes the initialised memory as the module's data. Nothing here may call
     * the host: at build time there is none, and a call makes the build keep the module as it was.
     */
    public static void preinitialize(ContractDispatcher dispatcher) {
        byte[] utf8 = "\u00e9\u20ac\ud83d\ude00".getBytes(StandardCharsets.UTF_8);
        String decoded = new String(utf8, StandardCharsets.UTF_8);
        kept = new Object[] {dispatcher, decoded + U128.MAX.times(1).plus(U128.ZERO) + Integer.valueOf(7)
                + Long.toString(Long.MIN_VALUE)};
    }

    /** Where {@link #preinitialize} leaves what it made, so that the compiler keeps the work that makes it. */
    private static Object[] kept;

    /** Runs {@code method} of the contract {@code dispatcher} belongs to. */
    public static void run(ContractDispatcher dispatcher, String method) {
        HostBinding.enter(WasmHost.INSTANCE);
        try {
            if (!dispatcher.dispatch(method)) {
                WasmHost.INSTANCE.fail("MethodNotFound: " + method);
            }
            HostBinding.schedulePending();
        } catch (Throwable t) {
            WasmHost.INSTANCE.fail(message(t));
        }
    }

    /** The text the JVM sandbox gives the same failure: a panic's message, otherwise the throwable itself. */
    private static String message(Throwable t) {
        if (t instanceof io.jnear.sdk.ContractPanic) {
            return t.getMessage();
        }
        if (t instanceof StackOverflowError) {
            return "stack overflow";
        }
        return t.toString();
    }
}

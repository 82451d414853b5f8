package io.jnear.sdk.wasm;

import io.jnear.sdk.HostBinding;
import io.jnear.sdk.spi.ContractDispatcher;

/**
 * What every generated {@code @Export} entry point of a contract compiled to Wasm runs: binds
 * {@link WasmHost}, lets the contract's generated dispatcher run the method (which reads {@code input},
 * decodes, checks, calls, encodes and returns), schedules the promises it built, and turns anything thrown
 * into {@code panic_utf8} with its message, as the JVM sandbox reports it.
 */
public final class WasmEntry {
    private WasmEntry() {
    }

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

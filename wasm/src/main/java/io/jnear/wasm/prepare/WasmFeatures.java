package io.jnear.wasm.prepare;

/**
 * The Wasm features a module may use. NEAR's portable set is MVP (with mutable globals and floats) plus
 * sign-extension; protocol 84 and later, under Wasmtime, also accept bulk memory and reference types.
 */
public record WasmFeatures(boolean bulkMemoryAndReferenceTypes) {
    /** MVP + sign-extension: what every NEAR VM accepts. */
    public static final WasmFeatures PORTABLE = new WasmFeatures(false);

    /** Also bulk memory and reference types (protocol ≥ 84 with Wasmtime). */
    public static final WasmFeatures PROTOCOL_84_WASMTIME = new WasmFeatures(true);

    /** The system property that selects the features of the sandbox's Wasm engine. */
    public static final String SETTING = "jnear.wasm.features";

    /** {@code portable} (or unset) or {@code protocol84-wasmtime}. */
    public static WasmFeatures fromSetting(String value) {
        if (value == null || value.equals("portable")) {
            return PORTABLE;
        }
        if (value.equals("protocol84-wasmtime")) {
            return PROTOCOL_84_WASMTIME;
        }
        throw new IllegalArgumentException(SETTING + " must be portable or protocol84-wasmtime, not " + value);
    }

    /** Whether the instruction with Chicory's opcode number {@code op} may appear. */
    boolean allows(int op) {
        if (op <= 0x11) {
            return op < 0x06 || op > 0x0A; // 0x06–0x0A are the exception-handling proposal's
        }
        if (op == 0x1A || op == 0x1B || (op >= 0x20 && op <= 0x24) || (op >= 0x28 && op <= 0xC4)) {
            return true; // parametric, variable, memory, numeric and sign-extension instructions
        }
        if (bulkMemoryAndReferenceTypes) {
            return op == 0x1C || op == 0x25 || op == 0x26 || (op >= 0xD0 && op <= 0xD2)
                    || (op >= 0xFC08 && op <= 0xFC11);
        }
        return false;
    }
}

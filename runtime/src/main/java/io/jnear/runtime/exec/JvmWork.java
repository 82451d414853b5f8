package io.jnear.runtime.exec;

/**
 * jnear's model of what a Java contract's own work costs, since the JVM runs no Wasm instructions: the
 * metering instrumentation counts bytecode instructions (one per Wasm-equivalent instruction, charged
 * at {@code regular_op_cost}), and every call that reaches an exported method is charged a fixed
 * allowance besides, for the argument decoding and result encoding near-sdk's generated Wasm would run.
 * Both are deterministic: the same call costs the same gas on every machine.
 */
final class JvmWork {
    /** Instructions every call that finds its method is charged up front. */
    static final long CALL_BASE_INSTRUCTIONS = 100_000L;

    private JvmWork() {
    }
}

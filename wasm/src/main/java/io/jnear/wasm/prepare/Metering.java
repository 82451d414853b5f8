package io.jnear.wasm.prepare;

/**
 * What instrumentation charges: {@code regularOpCost} gas per instruction (block, end and else are free),
 * {@code growMemCost} gas per page a {@code memory.grow} asks for, and the deterministic limit on nested
 * calls. The figures are nearcore's {@code wasm_regular_op_cost} and {@code wasm_grow_mem_cost}.
 */
public record Metering(long regularOpCost, long growMemCost, int maxCallDepth) {
    /** nearcore's protocol-86 figures, and a call-depth limit the sandbox's Wasm threads can always hold. */
    public static final Metering NEAR = new Metering(822_756L, 1L, 10_000);
}

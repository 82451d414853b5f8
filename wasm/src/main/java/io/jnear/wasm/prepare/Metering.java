package io.jnear.wasm.prepare;

import io.jnear.runtime.ProtocolConfig;
import io.jnear.runtime.fees.ExtCost;

/**
 * What instrumentation charges: {@code regularOpCost} gas per instruction (block, end and else are free),
 * {@code growMemCost} gas per page a {@code memory.grow} asks for, and the deterministic limit on nested
 * calls. The figures are nearcore's {@code regular_op_cost} (from the protocol's host costs) and
 * {@code grow_mem_cost}.
 */
public record Metering(long regularOpCost, long growMemCost, int maxCallDepth) {
    /** Protocol 86's figures (unchanged in 87), and a call-depth limit the sandbox's Wasm threads can always hold. */
    public static final Metering NEAR = new Metering(
            ProtocolConfig.protocol86().hostCosts().gas(ExtCost.WASM_INSTRUCTION), 1L, 10_000);
}

package io.jnear.wasm.prepare;

import io.jnear.runtime.ProtocolConfig;
import io.jnear.runtime.fees.ExtCost;

/**
 * What instrumentation charges and limits, as nearcore's parameters for protocol 84 and later name them:
 * {@code regularOpCost} gas per instruction (block, end and else are free), {@code linearOpBaseCost +
 * linearOpUnitCost × n} for a bulk memory or table operation on n bytes or elements, and a stack budget of
 * {@code maxStackHeight} bytes for the frames of nested calls.
 */
public record Metering(long regularOpCost, long linearOpBaseCost, long linearOpUnitCost, long maxStackHeight) {
    private static final long REGULAR_OP_COST = ProtocolConfig.protocol86().hostCosts().gas(ExtCost.WASM_INSTRUCTION);

    /**
     * Protocol 86's figures (unchanged in 87): {@code wasm_linear_op_base_cost} 26,328,192 (32 regular
     * instructions) and {@code wasm_linear_op_unit_cost} 822,756 since protocol 84; {@code max_stack_height}
     * 262,144 bytes since protocol 62.
     */
    public static final Metering NEAR = new Metering(REGULAR_OP_COST, 32 * REGULAR_OP_COST, REGULAR_OP_COST, 262_144);
}

package io.jnear.runtime.outcome;

/**
 * One entry of an outcome's gas profile, as nearcore's {@code metadata.gas_profile} lists them: the cost
 * category ({@code ACTION_COST} or {@code WASM_HOST_COST}), the cost's name and the gas it took.
 */
public record CostGasUsed(String costCategory, String cost, long gasUsed) {
    public static final String ACTION_COST = "ACTION_COST";
    public static final String WASM_HOST_COST = "WASM_HOST_COST";
}

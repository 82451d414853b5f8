package io.jnear.runtime.outcome;

import io.jnear.runtime.fees.ActionCost;
import io.jnear.runtime.fees.ExtCost;
import java.util.ArrayList;
import java.util.List;

/**
 * The gas a function call burnt, by cost: nearcore's {@code ProfileDataV3}, reported as an outcome's
 * {@code metadata.gas_profile}. Kept as two arrays and turned into entries only when read.
 */
public final class GasProfile {
    /** No function call ran. */
    public static final GasProfile EMPTY = new GasProfile(new long[ActionCost.values().length],
            new long[ExtCost.values().length]);

    private final long[] actionGas;
    private final long[] hostGas;

    /** Takes the arrays as they are (indexed by the enums' ordinals); the caller gives them up. */
    public GasProfile(long[] actionGas, long[] hostGas) {
        this.actionGas = actionGas;
        this.hostGas = hostGas;
    }

    /** Both profiles' gas, cost by cost (a receipt with several function calls). */
    public GasProfile plus(GasProfile other) {
        if (this == EMPTY) {
            return other;
        }
        long[] actions = actionGas.clone();
        long[] hosts = hostGas.clone();
        for (int i = 0; i < actions.length; i++) {
            actions[i] += other.actionGas[i];
        }
        for (int i = 0; i < hosts.length; i++) {
            hosts[i] += other.hostGas[i];
        }
        return new GasProfile(actions, hosts);
    }

    public long gas(ActionCost cost) {
        return actionGas[cost.ordinal()];
    }

    public long gas(ExtCost cost) {
        return hostGas[cost.ordinal()];
    }

    /** The costs with gas, action costs first, each in nearcore's enum order. */
    public List<CostGasUsed> entries() {
        List<CostGasUsed> out = new ArrayList<>();
        for (ActionCost c : ActionCost.values()) {
            if (actionGas[c.ordinal()] > 0) {
                out.add(new CostGasUsed(CostGasUsed.ACTION_COST, c.name(), actionGas[c.ordinal()]));
            }
        }
        for (ExtCost c : ExtCost.values()) {
            if (hostGas[c.ordinal()] > 0) {
                out.add(new CostGasUsed(CostGasUsed.WASM_HOST_COST, c.name(), hostGas[c.ordinal()]));
            }
        }
        return out;
    }
}

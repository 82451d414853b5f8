package io.jnear.runtime.outcome;

import io.jnear.runtime.fees.ActionCost;
import io.jnear.runtime.fees.ExtCost;
import java.util.ArrayList;
import java.util.List;

/**
 * The gas a function call burnt, by cost: nearcore's {@code ProfileDataV3}, reported as an outcome's
 * {@code metadata.gas_profile}. Kept as two arrays and turned into entries only when read; an array not
 * there (null) is all zeros, as most calls burn nothing under any action cost.
 */
public final class GasProfile {
    /** No function call ran. */
    public static final GasProfile EMPTY = new GasProfile(null, null);

    private final long[] actionGas;
    private final long[] hostGas;

    /**
     * Takes the arrays as they are (indexed by the enums' ordinals, null for all zeros); the caller gives
     * them up.
     */
    public GasProfile(long[] actionGas, long[] hostGas) {
        this.actionGas = actionGas;
        this.hostGas = hostGas;
    }

    /** The profile of the arrays, or {@link #EMPTY} when there are none. */
    public static GasProfile of(long[] actionGas, long[] hostGas) {
        return actionGas == null && hostGas == null ? EMPTY : new GasProfile(actionGas, hostGas);
    }

    /** Both profiles' gas, cost by cost (a receipt with several function calls). */
    public GasProfile plus(GasProfile other) {
        if (this == EMPTY) {
            return other;
        }
        if (other == EMPTY) {
            return this;
        }
        return new GasProfile(sum(actionGas, other.actionGas), sum(hostGas, other.hostGas));
    }

    private static long[] sum(long[] a, long[] b) {
        if (a == null || b == null) {
            return a == null ? b : a; // never changed in place, so either can be shared
        }
        long[] sum = a.clone();
        for (int i = 0; i < sum.length; i++) {
            sum[i] += b[i];
        }
        return sum;
    }

    public long gas(ActionCost cost) {
        return actionGas == null ? 0 : actionGas[cost.ordinal()];
    }

    public long gas(ExtCost cost) {
        return hostGas == null ? 0 : hostGas[cost.ordinal()];
    }

    /** The costs with gas, action costs first, each in nearcore's enum order. */
    public List<CostGasUsed> entries() {
        List<CostGasUsed> out = new ArrayList<>();
        for (ActionCost c : ActionCost.values()) {
            if (gas(c) > 0) {
                out.add(new CostGasUsed(CostGasUsed.ACTION_COST, c.name(), gas(c)));
            }
        }
        for (ExtCost c : ExtCost.values()) {
            if (gas(c) > 0) {
                out.add(new CostGasUsed(CostGasUsed.WASM_HOST_COST, c.name(), gas(c)));
            }
        }
        return out;
    }
}

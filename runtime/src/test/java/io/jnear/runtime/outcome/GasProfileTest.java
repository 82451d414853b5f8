package io.jnear.runtime.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.jnear.runtime.fees.ActionCost;
import io.jnear.runtime.fees.ExtCost;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A profile without an array of costs reads as zeros there, and sums cost by cost with any other. */
class GasProfileTest {
    private static long[] hosts(ExtCost cost, long gas) {
        long[] a = new long[ExtCost.values().length];
        a[cost.ordinal()] = gas;
        return a;
    }

    private static long[] actions(ActionCost cost, long gas) {
        long[] a = new long[ActionCost.values().length];
        a[cost.ordinal()] = gas;
        return a;
    }

    @Test
    void noArraysIsTheEmptyProfile() {
        assertSame(GasProfile.EMPTY, GasProfile.of(null, null));
        assertEquals(List.of(), GasProfile.EMPTY.entries());
        assertEquals(0, GasProfile.EMPTY.gas(ExtCost.BASE));
        assertEquals(0, GasProfile.EMPTY.gas(ActionCost.TRANSFER));
    }

    @Test
    void aMissingArrayReadsAsZerosAndSumsWithAnother() {
        GasProfile hostOnly = GasProfile.of(null, hosts(ExtCost.STORAGE_READ_BASE, 56_356_845_750L));
        GasProfile both = GasProfile.of(actions(ActionCost.NEW_ACTION_RECEIPT, 108_059_500_000L),
                hosts(ExtCost.STORAGE_READ_BASE, 7L));
        assertEquals(0, hostOnly.gas(ActionCost.NEW_ACTION_RECEIPT));
        assertEquals(List.of(new CostGasUsed(CostGasUsed.WASM_HOST_COST, "STORAGE_READ_BASE", 56_356_845_750L)),
                hostOnly.entries());
        GasProfile sum = hostOnly.plus(both);
        assertEquals(List.of(new CostGasUsed(CostGasUsed.ACTION_COST, "NEW_ACTION_RECEIPT", 108_059_500_000L),
                new CostGasUsed(CostGasUsed.WASM_HOST_COST, "STORAGE_READ_BASE", 56_356_845_757L)), sum.entries());
        assertEquals(sum.entries(), both.plus(hostOnly).entries());
        assertEquals(56_356_845_750L, hostOnly.gas(ExtCost.STORAGE_READ_BASE), "summing changed neither");
        assertSame(hostOnly, hostOnly.plus(GasProfile.EMPTY));
        assertSame(hostOnly, GasProfile.EMPTY.plus(hostOnly));
    }
}

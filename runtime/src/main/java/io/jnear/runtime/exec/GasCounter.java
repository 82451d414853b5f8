package io.jnear.runtime.exec;

import io.jnear.runtime.fees.ActionCost;
import io.jnear.runtime.fees.ExtCost;

/**
 * Gas of one function call, as nearcore's gas counter keeps it: {@code burnt} grows with host work and
 * fees; {@code used} is burnt plus gas reserved for the receipts the call creates. Used may not pass the
 * prepaid gas and burnt may not pass the per-call maximum; crossing either fails the call, burning what
 * was burnt up to the lower of the two limits (reserved gas of receipts never created is not burnt).
 * Sums saturate instead of wrapping, so no amount of attached gas can make the counter go round.
 * Every charge is also added to a gas profile by cost name.
 */
final class GasCounter {
    static final String PREPAID_EXCEEDED = "Exceeded the prepaid gas.";
    static final String MAX_BURNT_EXCEEDED = "Exceeded the maximum amount of gas allowed to burn per contract.";

    private final long prepaid;
    private final long maxBurnt;
    private long burnt;
    private long used;
    private static final int HOST_COSTS = ExtCost.values().length;
    private static final int ACTION_COSTS = ActionCost.values().length;

    private final long[] hostProfile = new long[HOST_COSTS];
    private final long[] actionProfile = new long[ACTION_COSTS];

    GasCounter(long prepaid, long maxBurnt) {
        this.prepaid = prepaid;
        this.maxBurnt = maxBurnt;
    }

    /** Burns {@code burn} gas for host cost {@code cost}. */
    void burnHost(ExtCost cost, long burn) {
        hostProfile[cost.ordinal()] = saturatingAdd(hostProfile[cost.ordinal()], burn);
        charge(burn, 0);
    }

    /** Burns {@code burn} (a send fee) for action cost {@code cost} and reserves {@code reserve} more. */
    void payAction(ActionCost cost, long burn, long reserve) {
        actionProfile[cost.ordinal()] = saturatingAdd(actionProfile[cost.ordinal()], burn);
        charge(burn, reserve);
    }

    /** Burns {@code burn} and reserves {@code reserve} more for a created receipt. */
    void charge(long burn, long reserve) {
        if (burn < 0 || reserve < 0) {
            throw new IllegalArgumentException("negative gas");
        }
        long newBurnt = saturatingAdd(burnt, burn);
        long newUsed = saturatingAdd(saturatingAdd(used, burn), reserve);
        if (newBurnt <= maxBurnt && newUsed <= prepaid) {
            burnt = newBurnt;
            used = newUsed;
            return;
        }
        burnt = Math.min(newBurnt, Math.min(prepaid, maxBurnt));
        used = Math.max(burnt, Math.min(newUsed, prepaid));
        // when both limits are crossed nearcore reports the per-call maximum
        throw new VmError(newBurnt > maxBurnt ? MAX_BURNT_EXCEEDED : PREPAID_EXCEEDED);
    }

    long burnt() {
        return burnt;
    }

    long used() {
        return used;
    }

    long prepaid() {
        return prepaid;
    }

    long unused() {
        return prepaid - used;
    }

    /** Counts {@code gas} handed to weighted calls as used. */
    void reserveRemaining(long gas) {
        used = saturatingAdd(used, gas);
    }

    /** Gas burnt for {@code cost} so far. */
    long hostGas(ExtCost cost) {
        return hostProfile[cost.ordinal()];
    }

    /** Gas burnt for {@code cost} so far. */
    long actionGas(ActionCost cost) {
        return actionProfile[cost.ordinal()];
    }

    /** The counter's state at one moment, to go back to. */
    record Mark(long burnt, long used, long[] hostProfile, long[] actionProfile) {
    }

    Mark mark() {
        return new Mark(burnt, used, hostProfile.clone(), actionProfile.clone());
    }

    /** Forgets every charge made since {@code mark}. */
    void reset(Mark mark) {
        burnt = mark.burnt;
        used = mark.used;
        System.arraycopy(mark.hostProfile, 0, hostProfile, 0, hostProfile.length);
        System.arraycopy(mark.actionProfile, 0, actionProfile, 0, actionProfile.length);
    }

    static long saturatingAdd(long a, long b) {
        long sum = a + b;
        return ((a ^ sum) & (b ^ sum)) < 0 ? Long.MAX_VALUE : sum;
    }

    static long saturatingMultiply(long a, long b) {
        long high = Math.multiplyHigh(a, b);
        long low = a * b;
        return (high == 0 && low >= 0) ? low : Long.MAX_VALUE;
    }

    /** Gas that can still be burnt before either limit is crossed. */
    long left() {
        return Math.max(0, Math.min(prepaid - used(), maxBurnt - burnt));
    }
}

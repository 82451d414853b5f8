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

    // Made at the first charge that burns gas under them: a call that creates no receipt never needs the
    // action costs', and one that fails before it burns anything needs neither.
    private long[] hostProfile;
    private long[] actionProfile;

    /**
     * Gas that can still be burnt before either limit, {@code min(prepaid - used, maxBurnt - burnt)}, kept
     * up to date: host costs are charged many times per call, and a charge that fits needs one comparison
     * this way (and cannot overflow), the limits and the saturating sums only when it does not.
     */
    private long room;

    GasCounter(long prepaid, long maxBurnt) {
        this.prepaid = prepaid;
        this.maxBurnt = maxBurnt;
        updateRoom();
    }

    private void updateRoom() {
        room = Math.min(prepaid - used, maxBurnt - burnt);
    }

    /** Burns {@code burn} gas for host cost {@code cost}. */
    void burnHost(ExtCost cost, long burn) {
        if (tryBurn(burn)) {
            bookHost(cost, burn);
            return;
        }
        long before = burnt;
        try {
            charge(burn, 0);
        } finally {
            // the profile books what was burnt, also when the charge crossed a limit
            bookHost(cost, burnt - before);
        }
    }

    /**
     * Burns {@code total} when it fits under both limits, and answers whether it did; burns nothing when it
     * does not. A host function charging several costs at once burns their sum this way (one comparison),
     * books each with {@link #bookHost}, and charges them one by one with {@link #burnHost} only when the
     * sum does not fit: then the cost that crosses a limit burns, books and fails as it would alone.
     */
    boolean tryBurn(long total) {
        if (total >= 0 && total <= room) {
            burnt += total;
            used += total;
            room -= total;
            return true;
        }
        return false;
    }

    /** Books {@code gas}, already burnt, under host cost {@code cost} in the profile. */
    void bookHost(ExtCost cost, long gas) {
        if (gas != 0) {
            if (hostProfile == null) {
                hostProfile = new long[HOST_COSTS];
            }
            hostProfile[cost.ordinal()] += gas;
        }
    }

    /** Burns {@code burn} (a send fee) for action cost {@code cost} and reserves {@code reserve} more. */
    void payAction(ActionCost cost, long burn, long reserve) {
        long before = burnt;
        try {
            charge(burn, reserve);
        } finally {
            if (burnt != before) {
                if (actionProfile == null) {
                    actionProfile = new long[ACTION_COSTS];
                }
                actionProfile[cost.ordinal()] += burnt - before;
            }
        }
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
            updateRoom();
            return;
        }
        burnt = Math.min(newBurnt, Math.min(prepaid, maxBurnt));
        used = Math.max(burnt, Math.min(newUsed, prepaid));
        updateRoom();
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

    /** Gas that can still be burnt before either limit is crossed. */
    long left() {
        return Math.max(0, room);
    }

    /** Counts {@code gas} handed to weighted calls as used. */
    void reserveRemaining(long gas) {
        used = saturatingAdd(used, gas);
        updateRoom();
    }

    /** Forgets every charge: the counter is as it was created. */
    void clear() {
        burnt = 0;
        used = 0;
        updateRoom();
        hostProfile = null;
        actionProfile = null;
    }

    /** The gas burnt by cost; the counter hands its arrays over, so call it once the call is over. */
    io.jnear.runtime.outcome.GasProfile profile() {
        return io.jnear.runtime.outcome.GasProfile.of(actionProfile, hostProfile);
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
}

package io.jnear.runtime.exec;

/**
 * Gas of one function call: {@code burnt} grows with host work and fees; {@code used} is burnt plus gas
 * reserved for the receipts the call creates. Used may not pass the prepaid gas, burnt may not pass the
 * per-call maximum; crossing either fails the call.
 */
final class GasCounter {
    private final long prepaid;
    private final long maxBurnt;
    private long burnt;
    private long reserved;

    GasCounter(long prepaid, long maxBurnt) {
        this.prepaid = prepaid;
        this.maxBurnt = maxBurnt;
    }

    /** Burns {@code burn} and reserves {@code reserve} more for a created receipt. */
    void charge(long burn, long reserve) {
        long newBurnt = burnt + burn;
        long newUsed = newBurnt + reserved + reserve;
        if (burn < 0 || reserve < 0 || newBurnt < burnt) {
            throw new IllegalArgumentException("gas overflow");
        }
        if (newUsed > prepaid) {
            // Everything left is burnt, as NEAR does, and the call fails.
            burnt = Math.min(prepaid - reserved, maxBurnt);
            throw new VmError("Exceeded the prepaid gas.");
        }
        if (newBurnt > maxBurnt) {
            burnt = maxBurnt;
            throw new VmError("Exceeded the maximum amount of gas allowed to burn per contract.");
        }
        burnt = newBurnt;
        reserved += reserve;
    }

    long burnt() {
        return burnt;
    }

    long used() {
        return burnt + reserved;
    }

    long prepaid() {
        return prepaid;
    }

    long unused() {
        return prepaid - used();
    }

    /** Counts {@code gas} handed to weighted calls as used. */
    void reserveRemaining(long gas) {
        reserved += gas;
    }

    /** Gas that can still be burnt before either limit is crossed. */
    long left() {
        return Math.max(0, Math.min(prepaid - used(), maxBurnt - burnt));
    }
}

package io.jnear.runtime.state;

import io.jnear.sdk.U128;

/**
 * A running {@link YoctoSum}, changed in place: the totals kept with every receipt (all balances in
 * {@link ChainState}; value in flight, tokens burnt and rewarded in the chain), so keeping them costs a few
 * additions and no allocation. The one place the 192-bit carries and borrows are worked out; {@link YoctoSum}'s
 * arithmetic runs on a short-lived tally. Not shared: a fork takes a {@link #copy()}.
 */
public final class YoctoTally {
    /** The signed bits above the low 128: how many 2^128s the sum holds (negative for a negative sum). */
    private long top;
    /** Bits 64..127, unsigned. */
    private long high;
    /** Bits 0..63, unsigned. */
    private long low;

    /** A tally at zero. */
    public YoctoTally() {
    }

    /** A tally starting at {@code start}. */
    public YoctoTally(YoctoSum start) {
        this.top = start.top;
        this.high = start.high;
        this.low = start.low;
    }

    public YoctoTally copy() {
        YoctoTally copy = new YoctoTally();
        copy.top = top;
        copy.high = high;
        copy.low = low;
        return copy;
    }

    public YoctoTally add(U128 amount) {
        return add(0, amount.highBits(), amount.lowBits());
    }

    public YoctoTally subtract(U128 amount) {
        return subtract(0, amount.highBits(), amount.lowBits());
    }

    public YoctoTally add(YoctoSum sum) {
        return add(sum.top, sum.high, sum.low);
    }

    public YoctoTally add(YoctoTally other) {
        return add(other.top, other.high, other.low);
    }

    public YoctoTally subtract(YoctoTally other) {
        return subtract(other.top, other.high, other.low);
    }

    YoctoTally add(long otherTop, long otherHigh, long otherLow) {
        long sumLow = low + otherLow;
        long carry = Long.compareUnsigned(sumLow, low) < 0 ? 1 : 0;
        long partial = high + otherHigh;
        long sumHigh = partial + carry;
        // a carry out of the high word: the two words wrapped, or adding the low word's carry did
        long carryOut = Long.compareUnsigned(partial, high) < 0 || Long.compareUnsigned(sumHigh, partial) < 0 ? 1 : 0;
        top = Math.addExact(Math.addExact(top, otherTop), carryOut);
        high = sumHigh;
        low = sumLow;
        return this;
    }

    YoctoTally subtract(long otherTop, long otherHigh, long otherLow) {
        long borrow = Long.compareUnsigned(low, otherLow) < 0 ? 1 : 0;
        long partial = high - otherHigh;
        long differenceHigh = partial - borrow;
        // a borrow from the top: the high words, or taking the low word's borrow, went below zero
        long borrowOut = Long.compareUnsigned(high, otherHigh) < 0 || Long.compareUnsigned(partial, borrow) < 0 ? 1 : 0;
        top = Math.subtractExact(Math.subtractExact(top, otherTop), borrowOut);
        high = differenceHigh;
        low -= otherLow;
        return this;
    }

    /** Whether the tally is exactly {@code amount} now. */
    public boolean isExactly(U128 amount) {
        return top == 0 && high == amount.highBits() && low == amount.lowBits();
    }

    /** The sum as it is now. */
    public YoctoSum sum() {
        return YoctoSum.ofBits(top, high, low);
    }

    /** The sum in decimal yocto, with a minus sign when negative. */
    @Override
    public String toString() {
        return sum().toString();
    }
}

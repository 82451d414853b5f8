package io.jnear.runtime.state;

import io.jnear.sdk.U128;
import java.math.BigInteger;

/**
 * An exact, signed sum of yocto amounts: the running totals the conservation check adds up (balances of all
 * accounts, value in flight, tokens burnt and rewarded). Each amount is a u128, but a sum of many need not fit
 * 128 bits, and the check must report a sum past 2^128 as a leak rather than wrap it; so a signed 64-bit count
 * of 2^128s sits above the 128 bits (192 bits in all, far more than any sum of amounts reaches).
 *
 * <p>Three {@code long}s, not a {@link BigInteger}: these totals change with every receipt, and
 * {@code BigInteger}'s arithmetic (arrays, allocation, normalisation) was a fifth of the executor's time.
 */
public final class YoctoSum {
    public static final YoctoSum ZERO = new YoctoSum(0, 0, 0);

    /** The signed bits above the low 128: how many 2^128s the sum holds (negative for a negative sum). */
    private final long top;
    /** Bits 64..127, unsigned. */
    private final long high;
    /** Bits 0..63, unsigned. */
    private final long low;

    private YoctoSum(long top, long high, long low) {
        this.top = top;
        this.high = high;
        this.low = low;
    }

    public static YoctoSum of(U128 amount) {
        return new YoctoSum(0, amount.highBits(), amount.lowBits());
    }

    public YoctoSum plus(U128 amount) {
        return plus(0, amount.highBits(), amount.lowBits());
    }

    public YoctoSum minus(U128 amount) {
        return minus(0, amount.highBits(), amount.lowBits());
    }

    public YoctoSum plus(YoctoSum other) {
        return plus(other.top, other.high, other.low);
    }

    public YoctoSum minus(YoctoSum other) {
        return minus(other.top, other.high, other.low);
    }

    private YoctoSum plus(long otherTop, long otherHigh, long otherLow) {
        long sumLow = low + otherLow;
        long carry = Long.compareUnsigned(sumLow, low) < 0 ? 1 : 0;
        long partial = high + otherHigh;
        long sumHigh = partial + carry;
        // a carry out of the high word: the two words wrapped, or adding the low word's carry did
        long carryOut = Long.compareUnsigned(partial, high) < 0 || Long.compareUnsigned(sumHigh, partial) < 0 ? 1 : 0;
        return new YoctoSum(Math.addExact(Math.addExact(top, otherTop), carryOut), sumHigh, sumLow);
    }

    private YoctoSum minus(long otherTop, long otherHigh, long otherLow) {
        long borrow = Long.compareUnsigned(low, otherLow) < 0 ? 1 : 0;
        long partial = high - otherHigh;
        long differenceHigh = partial - borrow;
        // a borrow from the top: the high words, or taking the low word's borrow, went below zero
        long borrowOut = Long.compareUnsigned(high, otherHigh) < 0 || Long.compareUnsigned(partial, borrow) < 0 ? 1 : 0;
        return new YoctoSum(Math.subtractExact(Math.subtractExact(top, otherTop), borrowOut), differenceHigh,
                low - otherLow);
    }

    /** Whether the sum is exactly {@code amount}. */
    public boolean isExactly(U128 amount) {
        return top == 0 && high == amount.highBits() && low == amount.lowBits();
    }

    public BigInteger asBigInteger() {
        BigInteger bits = U128.ofBits(high, low).asBigInteger();
        return top == 0 ? bits : BigInteger.valueOf(top).shiftLeft(128).add(bits);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof YoctoSum other && top == other.top && high == other.high && low == other.low;
    }

    @Override
    public int hashCode() {
        return (31 * Long.hashCode(top) + Long.hashCode(high)) * 31 + Long.hashCode(low);
    }

    /** The sum in decimal yocto, with a minus sign when negative. */
    @Override
    public String toString() {
        return top == 0 ? U128.ofBits(high, low).toString() : asBigInteger().toString();
    }
}

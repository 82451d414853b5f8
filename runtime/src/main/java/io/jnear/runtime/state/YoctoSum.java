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
 * {@code BigInteger}'s arithmetic (arrays, allocation, normalisation) was a fifth of the executor's time. The
 * totals themselves are kept in {@link YoctoTally}s, changed in place; this is their value.
 */
public final class YoctoSum {
    public static final YoctoSum ZERO = new YoctoSum(0, 0, 0);

    /** The signed bits above the low 128: how many 2^128s the sum holds (negative for a negative sum). */
    final long top;
    /** Bits 64..127, unsigned. */
    final long high;
    /** Bits 0..63, unsigned. */
    final long low;

    private YoctoSum(long top, long high, long low) {
        this.top = top;
        this.high = high;
        this.low = low;
    }

    public static YoctoSum of(U128 amount) {
        return new YoctoSum(0, amount.highBits(), amount.lowBits());
    }

    /** The sum of {@code top} × 2^128 and the unsigned 128 bits {@code high}, {@code low}. */
    static YoctoSum ofBits(long top, long high, long low) {
        return top == 0 && high == 0 && low == 0 ? ZERO : new YoctoSum(top, high, low);
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
        return new YoctoTally(this).add(otherTop, otherHigh, otherLow).sum();
    }

    private YoctoSum minus(long otherTop, long otherHigh, long otherLow) {
        return new YoctoTally(this).subtract(otherTop, otherHigh, otherLow).sum();
    }

    /** Whether the sum is exactly {@code amount}. */
    public boolean isExactly(U128 amount) {
        return top == 0 && high == amount.highBits() && low == amount.lowBits();
    }

    /** Whether the sum is a u128: not negative and below 2^128. */
    public boolean fitsU128() {
        return top == 0;
    }

    /**
     * The sum as a u128.
     *
     * @throws ArithmeticException if it is not one ({@link #fitsU128()})
     */
    public U128 asU128() {
        if (top != 0) {
            throw new ArithmeticException("Not an unsigned 128-bit amount: " + this);
        }
        return U128.ofBits(high, low);
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

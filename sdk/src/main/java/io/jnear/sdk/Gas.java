package io.jnear.sdk;

import java.math.BigDecimal;

/**
 * An amount of gas: a non-negative count where 1 Tgas = 10^12 gas. In JSON it is a decimal string, so
 * values above 2^53 survive JavaScript readers.
 */
public final class Gas implements Comparable<Gas> {
    public static final long ONE_TERA = 1_000_000_000_000L;
    public static final long ONE_GIGA = 1_000_000_000L;

    public static final Gas ZERO = new Gas(0);

    private final long value;

    private Gas(long value) {
        this.value = value;
    }

    public static Gas of(long gas) {
        if (gas < 0) {
            throw new IllegalArgumentException("Gas may not be negative: " + gas);
        }
        return gas == 0 ? ZERO : new Gas(gas);
    }

    public static Gas tgas(long tgas) {
        return of(Math.multiplyExact(tgas, ONE_TERA));
    }

    public static Gas ggas(long ggas) {
        return of(Math.multiplyExact(ggas, ONE_GIGA));
    }

    public long asGas() {
        return value;
    }

    public Gas plus(Gas other) {
        return of(Math.addExact(value, other.value));
    }

    public Gas minus(Gas other) {
        return of(Math.subtractExact(value, other.value));
    }

    public boolean isZero() {
        return value == 0;
    }

    @Override
    public int compareTo(Gas o) {
        return Long.compare(value, o.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Gas other && value == other.value;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(value);
    }

    /** The exact amount in Tgas, such as {@code "5 Tgas"} or {@code "2.428 Tgas"}. */
    @Override
    public String toString() {
        return BigDecimal.valueOf(value, 12).stripTrailingZeros().toPlainString() + " Tgas";
    }
}

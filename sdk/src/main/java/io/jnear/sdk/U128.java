package io.jnear.sdk;

import java.math.BigInteger;

/**
 * An unsigned 128-bit integer, carried in JSON as a decimal string as NEAR does (token amounts of
 * NEP-141 are {@code U128}). Arithmetic leaving the range throws {@link ArithmeticException}.
 */
public final class U128 implements Comparable<U128> {
    private static final BigInteger MAX_VALUE = BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE);

    public static final U128 ZERO = new U128(BigInteger.ZERO);
    public static final U128 MAX = new U128(MAX_VALUE);

    private final BigInteger value;

    private U128(BigInteger value) {
        this.value = value;
    }

    public static U128 of(BigInteger value) {
        if (value.signum() < 0 || value.compareTo(MAX_VALUE) > 0) {
            throw new ArithmeticException("Value out of the unsigned 128-bit range: " + value);
        }
        return value.signum() == 0 ? ZERO : new U128(value);
    }

    public static U128 of(long value) {
        return of(BigInteger.valueOf(value));
    }

    public static U128 parse(String decimal) {
        try {
            String digits = decimal.trim();
            if (digits.length() <= 18 && !digits.isEmpty() && digits.charAt(0) != '-' && digits.charAt(0) != '+') {
                return of(Long.parseLong(digits)); // most amounts fit a long; skip BigInteger's parser
            }
            // a u128 has at most 39 digits: count them before BigInteger's parser, whose work grows faster
            // than the caller's input
            int first = digits.startsWith("+") || digits.startsWith("-") ? 1 : 0;
            while (first < digits.length() - 1 && digits.charAt(first) == '0') {
                first++;
            }
            if (digits.length() - first > 39) {
                throw new IllegalArgumentException("Invalid U128 '" + digits.substring(0, Math.min(digits.length(), 48))
                        + "…': more than 39 digits, out of range");
            }
            return of(new BigInteger(digits));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Invalid U128 '" + decimal + "': not a decimal integer", e);
        }
    }

    public BigInteger asBigInteger() {
        return value;
    }

    public boolean isZero() {
        return value.signum() == 0;
    }

    public U128 plus(U128 other) {
        return of(value.add(other.value));
    }

    public U128 minus(U128 other) {
        return of(value.subtract(other.value));
    }

    public static U128 min(U128 a, U128 b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    @Override
    public int compareTo(U128 o) {
        return value.compareTo(o.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof U128 other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value.bitLength() < 63 ? Long.toString(value.longValue()) : value.toString();
    }
}

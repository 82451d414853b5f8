package io.jnear.sdk;

import java.math.BigInteger;

/**
 * An unsigned 64-bit integer, carried in JSON as a decimal string as near-sdk's {@code U64} is (JSON
 * numbers lose precision above 2^53 in JavaScript clients). Held in a {@code long} read as unsigned;
 * arithmetic leaving 0..2^64-1 throws {@link ArithmeticException}.
 */
public final class U64 implements Comparable<U64> {
    public static final U64 ZERO = new U64(0);
    /** 2^64 - 1. */
    public static final U64 MAX = new U64(-1L);

    private final long bits;

    private U64(long bits) {
        this.bits = bits;
    }

    /** {@code value}, which may not be negative. */
    public static U64 of(long value) {
        if (value < 0) {
            throw new ArithmeticException("Value out of the unsigned 64-bit range: " + value);
        }
        return new U64(value);
    }

    /** The value whose 64 bits, read as unsigned, are {@code bits}. */
    public static U64 ofBits(long bits) {
        return new U64(bits);
    }

    public static U64 of(BigInteger value) {
        if (value.signum() < 0 || value.bitLength() > 64) {
            throw new ArithmeticException("Value out of the unsigned 64-bit range: " + value);
        }
        return new U64(value.longValue());
    }

    /** The 64 bits, to be read as unsigned. */
    public long bits() {
        return bits;
    }

    public BigInteger asBigInteger() {
        return new BigInteger(Long.toUnsignedString(bits));
    }

    public U64 plus(U64 other) {
        long sum = bits + other.bits;
        if (Long.compareUnsigned(sum, bits) < 0) {
            throw new ArithmeticException("U64 overflow: " + this + " + " + other);
        }
        return new U64(sum);
    }

    public U64 minus(U64 other) {
        if (Long.compareUnsigned(bits, other.bits) < 0) {
            throw new ArithmeticException("U64 underflow: " + this + " - " + other);
        }
        return new U64(bits - other.bits);
    }

    @Override
    public int compareTo(U64 o) {
        return Long.compareUnsigned(bits, o.bits);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof U64 other && bits == other.bits;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(bits);
    }

    /** The decimal digits, as the JSON string carries them. */
    @Override
    public String toString() {
        return Long.toUnsignedString(bits);
    }
}

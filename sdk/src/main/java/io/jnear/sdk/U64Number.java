package io.jnear.sdk;

import java.math.BigInteger;

/**
 * An unsigned 64-bit integer, Rust's plain {@code u64}: a JSON number from 0 to 18446744073709551615,
 * refused when negative, larger or fractional; Borsh {@code u64}. Use it where a near-sdk-rs contract
 * declares a {@code u64} (NEP-171's {@code limit: Option<u64>}, a block height); where it declares
 * near-sdk's {@code U64}, a decimal string, use {@link U64}. Held in a {@code long} read as unsigned.
 */
public final class U64Number implements Comparable<U64Number> {
    public static final U64Number ZERO = new U64Number(0);
    /** 2^64 - 1. */
    public static final U64Number MAX = new U64Number(-1L);

    private final long bits;

    private U64Number(long bits) {
        this.bits = bits;
    }

    /** {@code value}, which may not be negative. */
    public static U64Number of(long value) {
        if (value < 0) {
            throw new ArithmeticException("Value out of the unsigned 64-bit range: " + value);
        }
        return new U64Number(value);
    }

    /** The value whose 64 bits, read as unsigned, are {@code bits}. */
    public static U64Number ofBits(long bits) {
        return new U64Number(bits);
    }

    /** The 64 bits, to be read as unsigned. */
    public long bits() {
        return bits;
    }

    public BigInteger asBigInteger() {
        return new BigInteger(Long.toUnsignedString(bits));
    }

    /** The same value as near-sdk's string-carried {@link U64}. */
    public U64 toU64() {
        return U64.ofBits(bits);
    }

    @Override
    public int compareTo(U64Number o) {
        return Long.compareUnsigned(bits, o.bits);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof U64Number other && bits == other.bits;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(bits);
    }

    /** The decimal digits, as the JSON number carries them. */
    @Override
    public String toString() {
        return Long.toUnsignedString(bits);
    }
}

package io.jnear.sdk;

/**
 * An unsigned 8-bit integer, Rust's {@code u8}: a JSON number from 0 to 255, refused when negative,
 * larger or fractional; Borsh {@code u8}.
 */
public final class U8 implements Comparable<U8> {
    public static final U8 ZERO = new U8(0);
    public static final U8 MAX = new U8(255);

    private final long value;

    private U8(long value) {
        this.value = value;
    }

    /** {@code value}, which must be in 0..255. */
    public static U8 of(long value) {
        if (value < 0 || value > 255) {
            throw new ArithmeticException("Value out of the unsigned 8-bit range: " + value);
        }
        return new U8(value);
    }

    public long value() {
        return value;
    }

    @Override
    public int compareTo(U8 o) {
        return Long.compare(value, o.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof U8 other && value == other.value;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}

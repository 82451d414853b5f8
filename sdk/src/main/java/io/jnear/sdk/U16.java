package io.jnear.sdk;

/**
 * An unsigned 16-bit integer, Rust's {@code u16}: a JSON number from 0 to 65535, refused when negative,
 * larger or fractional; Borsh {@code u16}.
 */
public final class U16 implements Comparable<U16> {
    public static final U16 ZERO = new U16(0);
    public static final U16 MAX = new U16(65535);

    private final long value;

    private U16(long value) {
        this.value = value;
    }

    /** {@code value}, which must be in 0..65535. */
    public static U16 of(long value) {
        if (value < 0 || value > 65535) {
            throw new ArithmeticException("Value out of the unsigned 16-bit range: " + value);
        }
        return new U16(value);
    }

    public long value() {
        return value;
    }

    @Override
    public int compareTo(U16 o) {
        return Long.compare(value, o.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof U16 other && value == other.value;
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

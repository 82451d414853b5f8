package io.jnear.sdk;

/**
 * An unsigned 32-bit integer, Rust's {@code u32}: a JSON number from 0 to 4294967295, refused when negative,
 * larger or fractional; Borsh {@code u32}.
 */
public final class U32 implements Comparable<U32> {
    public static final U32 ZERO = new U32(0);
    public static final U32 MAX = new U32(4294967295L);

    private final long value;

    private U32(long value) {
        this.value = value;
    }

    /** {@code value}, which must be in 0..4294967295. */
    public static U32 of(long value) {
        if (value < 0 || value > 4294967295L) {
            throw new ArithmeticException("Value out of the unsigned 32-bit range: " + value);
        }
        return new U32(value);
    }

    public long value() {
        return value;
    }

    @Override
    public int compareTo(U32 o) {
        return Long.compare(value, o.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof U32 other && value == other.value;
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

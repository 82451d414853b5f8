package io.jnear.sdk;

/**
 * An unsigned 32-bit integer, Rust's {@code u32}: a JSON number from 0 to 4294967295, refused when negative,
 * larger or fractional; Borsh {@code u32}.
 */
public final class U32 extends BoundedUnsigned implements Comparable<U32> {
    public static final U32 ZERO = new U32(0);
    public static final U32 MAX = new U32(4294967295L);

    private U32(long value) {
        super(value);
    }

    /** {@code value}, which must be in 0..4294967295. */
    public static U32 of(long value) {
        return new U32(checked(value, MAX.value(), 32));
    }

    @Override
    public int compareTo(U32 o) {
        return Long.compare(value(), o.value());
    }
}

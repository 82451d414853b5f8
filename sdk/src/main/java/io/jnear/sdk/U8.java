package io.jnear.sdk;

/**
 * An unsigned 8-bit integer, Rust's {@code u8}: a JSON number from 0 to 255, refused when negative,
 * larger or fractional; Borsh {@code u8}.
 */
public final class U8 extends BoundedUnsigned implements Comparable<U8> {
    public static final U8 ZERO = new U8(0);
    public static final U8 MAX = new U8(255);

    private U8(long value) {
        super(value);
    }

    /** {@code value}, which must be in 0..255. */
    public static U8 of(long value) {
        return new U8(checked(value, MAX.value(), 8));
    }

    @Override
    public int compareTo(U8 o) {
        return Long.compare(value(), o.value());
    }
}

package io.jnear.sdk;

/**
 * An unsigned 16-bit integer, Rust's {@code u16}: a JSON number from 0 to 65535, refused when negative,
 * larger or fractional; Borsh {@code u16}.
 */
public final class U16 extends BoundedUnsigned implements Comparable<U16> {
    public static final U16 ZERO = new U16(0);
    public static final U16 MAX = new U16(65535);

    private U16(long value) {
        super(value);
    }

    /** {@code value}, which must be in 0..65535. */
    public static U16 of(long value) {
        return new U16(checked(value, MAX.value(), 16));
    }

    @Override
    public int compareTo(U16 o) {
        return Long.compare(value(), o.value());
    }
}

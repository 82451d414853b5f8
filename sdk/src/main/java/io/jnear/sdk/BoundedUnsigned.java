package io.jnear.sdk;

/**
 * What {@link U8}, {@link U16} and {@link U32} share: a value held as a {@code long}, checked against the
 * type's range when made, equal only to a value of the same type.
 */
abstract class BoundedUnsigned {
    private final long value;

    BoundedUnsigned(long value) {
        this.value = value;
    }

    /** {@code value} if it is in {@code 0..max}, else the range error of a {@code bits}-bit unsigned type. */
    static long checked(long value, long max, int bits) {
        if (value < 0 || value > max) {
            throw new ArithmeticException("Value out of the unsigned " + bits + "-bit range: " + value);
        }
        return value;
    }

    public long value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && value == ((BoundedUnsigned) o).value;
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

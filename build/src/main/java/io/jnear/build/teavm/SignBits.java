package io.jnear.build.teavm;

/**
 * Where TeaVM 0.13.1's {@code Math} treats a sign bit otherwise than the JVM build does, the JVM build's
 * answer on raw bits ({@link ClassLibrarySupplement} makes TeaVM's methods call these).
 * {@code Math.abs(double)}: TeaVM's is {@code a <= 0.0 ? 0.0 - a : a}, the JDK 17 source's too, which
 * returns a NaN as it came; HotSpot replaces that method by an intrinsic that clears the sign bit in the
 * interpreter and in both compilers, so a NaN comes back with its payload and no sign.
 * {@code copySign}: the JVM build's sandbox calls {@code StrictMath} for {@code Math}, and
 * {@code StrictMath.copySign} takes a NaN {@code sign} as positive; TeaVM's (both classes) copies the
 * NaN's sign bit.
 */
public final class SignBits {
    private SignBits() {
    }

    /** {@code magnitude}'s bits without the sign bit: HotSpot's {@code Math.abs(double)}. */
    static double abs(double magnitude) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(magnitude) & Long.MAX_VALUE);
    }

    /** {@code magnitude}'s bits with {@code sign}'s sign bit, a NaN {@code sign} counting as positive. */
    static double copySign(double magnitude, double sign) {
        long signBit = sign != sign ? 0 : Double.doubleToRawLongBits(sign) & Long.MIN_VALUE;
        return Double.longBitsToDouble(Double.doubleToRawLongBits(magnitude) & Long.MAX_VALUE | signBit);
    }

    /** {@code magnitude}'s bits with {@code sign}'s sign bit, a NaN {@code sign} counting as positive. */
    static float copySign(float magnitude, float sign) {
        int signBit = sign != sign ? 0 : Float.floatToRawIntBits(sign) & Integer.MIN_VALUE;
        return Float.intBitsToFloat(Float.floatToRawIntBits(magnitude) & Integer.MAX_VALUE | signBit);
    }
}

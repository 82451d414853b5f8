package io.jnear.build.teavm;

/**
 * Where TeaVM 0.13.1's {@code Math} treats a sign bit otherwise than the JVM build does, the JVM build's
 * answer on raw bits ({@link ClassLibrarySupplement} makes TeaVM's methods call these).
 * {@code Math.abs}: TeaVM's is {@code a <= 0.0 ? 0.0 - a : a}, the JDK 17 source's too, which returns a
 * NaN as it came; the JVM build's sandbox clears the sign bit (for doubles HotSpot's intrinsic does in every
 * mode, for floats only C2's, so the sandbox calls its own), so a NaN comes back with its payload and no sign.
 * {@code Math.max} and {@code min}: TeaVM's are Wasm's {@code max} and {@code min} instructions, whose NaN
 * is the engine's; the JVM build's sandbox returns the first NaN operand as it came, as the JDK source does
 * (C2's intrinsics did not). {@code Math.ulp(float)}: TeaVM's returns a NaN as it came, the sandbox's
 * clears its sign as its {@code abs} does.
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

    /** {@code magnitude}'s bits without the sign bit: the JVM build's {@code Math.abs(float)}. */
    static float abs(float magnitude) {
        return Float.intBitsToFloat(Float.floatToRawIntBits(magnitude) & Integer.MAX_VALUE);
    }

    /** The first NaN operand as it came, else the greater, {@code -0.0f} below {@code 0.0f}. */
    static float max(float a, float b) {
        if (a != a) {
            return a;
        }
        if (b != b) {
            return b;
        }
        if (a == 0.0f && b == 0.0f) {
            return Float.floatToRawIntBits(a) == 0 ? a : b;
        }
        return a >= b ? a : b;
    }

    /** The first NaN operand as it came, else the smaller, {@code -0.0f} below {@code 0.0f}. */
    static float min(float a, float b) {
        if (a != a) {
            return a;
        }
        if (b != b) {
            return b;
        }
        if (a == 0.0f && b == 0.0f) {
            return Float.floatToRawIntBits(a) != 0 ? a : b;
        }
        return a <= b ? a : b;
    }

    /** The first NaN operand as it came, else the greater, {@code -0.0} below {@code 0.0}. */
    static double max(double a, double b) {
        if (a != a) {
            return a;
        }
        if (b != b) {
            return b;
        }
        if (a == 0.0 && b == 0.0) {
            return Double.doubleToRawLongBits(a) == 0 ? a : b;
        }
        return a >= b ? a : b;
    }

    /** The first NaN operand as it came, else the smaller, {@code -0.0} below {@code 0.0}. */
    static double min(double a, double b) {
        if (a != a) {
            return a;
        }
        if (b != b) {
            return b;
        }
        if (a == 0.0 && b == 0.0) {
            return Double.doubleToRawLongBits(a) != 0 ? a : b;
        }
        return a <= b ? a : b;
    }

    /**
     * {@code Math.ulp(float)} on raw bits: a NaN or an infinity without its sign bit, {@code Float.MIN_VALUE}
     * for a zero or subnormal, else the power of two of the last significand bit (subnormal below 2^-126).
     */
    static float ulp(float f) {
        int exponent = (Float.floatToRawIntBits(f) >>> 23) & 0xff;
        if (exponent == 0xff) {
            return abs(f);
        }
        if (exponent == 0) {
            return Float.MIN_VALUE;
        }
        return Float.intBitsToFloat(exponent > 23 ? (exponent - 23) << 23 : 1 << (exponent - 1));
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

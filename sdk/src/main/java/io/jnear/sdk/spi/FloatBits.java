package io.jnear.sdk.spi;

/**
 * Floating-point operations whose result bits a JVM does not fix for every input, computed on raw bits and
 * plain comparisons, so a contract gets the same bits in the JVM sandbox (whatever the JIT has compiled) and
 * in its Wasm build. On HotSpot 17, {@code Math.abs(float)} returns a negative NaN as it came when
 * interpreted or compiled by C1 but clears its sign once C2 compiles it, and C2's {@code max}/{@code min} of
 * two NaNs return another operand than the library's code; TeaVM 0.13.1 computes {@code abs} as
 * {@code 0.0 - a}, {@code max}/{@code min} with Wasm's instructions (whose NaN is the engine's), and copies a
 * NaN's sign in {@code copySign}. The sandbox sends contract code's calls of these {@code Math} and
 * {@code StrictMath} methods here, and the Wasm build makes TeaVM's call them.
 */
public final class FloatBits {
    private FloatBits() {
    }

    /** {@code magnitude}'s bits without the sign bit: HotSpot's {@code Math.abs(double)} in every mode. */
    public static double abs(double magnitude) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(magnitude) & Long.MAX_VALUE);
    }

    /** {@code magnitude}'s bits without the sign bit: C2's {@code Math.abs(float)}, Java 18+'s in every mode. */
    public static float abs(float magnitude) {
        return Float.intBitsToFloat(Float.floatToRawIntBits(magnitude) & Integer.MAX_VALUE);
    }

    /** The first NaN operand as it came, else the greater, {@code -0.0f} below {@code 0.0f}. */
    public static float max(float a, float b) {
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
    public static float min(float a, float b) {
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
    public static double max(double a, double b) {
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
    public static double min(double a, double b) {
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
    public static float ulp(float f) {
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
    public static double copySign(double magnitude, double sign) {
        long signBit = sign != sign ? 0 : Double.doubleToRawLongBits(sign) & Long.MIN_VALUE;
        return Double.longBitsToDouble(Double.doubleToRawLongBits(magnitude) & Long.MAX_VALUE | signBit);
    }

    /** {@code magnitude}'s bits with {@code sign}'s sign bit, a NaN {@code sign} counting as positive. */
    public static float copySign(float magnitude, float sign) {
        int signBit = sign != sign ? 0 : Float.floatToRawIntBits(sign) & Integer.MIN_VALUE;
        return Float.intBitsToFloat(Float.floatToRawIntBits(magnitude) & Integer.MAX_VALUE | signBit);
    }
}

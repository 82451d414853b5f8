package io.jnear.sdk.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * {@link FloatBits} gives the JDK's bits wherever the JDK's are the same in every JVM mode (any operand that
 * is not a NaN, {@code StrictMath.copySign} always), and fixed bits for the NaNs where they are not.
 */
class FloatBitsTest {
    @Property
    void absMaxMinAndUlpAreTheJdksWithoutNaNs(@ForAll int aBits, @ForAll int bBits) {
        float a = Float.intBitsToFloat(aBits);
        float b = Float.intBitsToFloat(bBits);
        Assume.that(!Float.isNaN(a) && !Float.isNaN(b));
        assertEquals(Float.floatToRawIntBits(Math.abs(a)), Float.floatToRawIntBits(FloatBits.abs(a)));
        assertEquals(Float.floatToRawIntBits(Math.max(a, b)), Float.floatToRawIntBits(FloatBits.max(a, b)));
        assertEquals(Float.floatToRawIntBits(Math.min(a, b)), Float.floatToRawIntBits(FloatBits.min(a, b)));
        assertEquals(Float.floatToRawIntBits(Math.ulp(a)), Float.floatToRawIntBits(FloatBits.ulp(a)));
    }

    @Property
    void doublesAreTheJdksWithoutNaNs(@ForAll long aBits, @ForAll long bBits) {
        double a = Double.longBitsToDouble(aBits);
        double b = Double.longBitsToDouble(bBits);
        Assume.that(!Double.isNaN(a) && !Double.isNaN(b));
        assertEquals(Double.doubleToRawLongBits(Math.abs(a)), Double.doubleToRawLongBits(FloatBits.abs(a)));
        assertEquals(Double.doubleToRawLongBits(Math.max(a, b)), Double.doubleToRawLongBits(FloatBits.max(a, b)));
        assertEquals(Double.doubleToRawLongBits(Math.min(a, b)), Double.doubleToRawLongBits(FloatBits.min(a, b)));
    }

    @Property
    void copySignIsStrictMathsForEverySign(@ForAll long magnitude, @ForAll long sign, @ForAll int fMagnitude,
            @ForAll int fSign) {
        double m = Double.longBitsToDouble(magnitude);
        double s = Double.longBitsToDouble(sign);
        assertEquals(Double.doubleToRawLongBits(StrictMath.copySign(m, s)),
                Double.doubleToRawLongBits(FloatBits.copySign(m, s)));
        float fm = Float.intBitsToFloat(fMagnitude);
        float fs = Float.intBitsToFloat(fSign);
        assertEquals(Float.floatToRawIntBits(StrictMath.copySign(fm, fs)),
                Float.floatToRawIntBits(FloatBits.copySign(fm, fs)));
    }

    @Test
    void aNaNLosesItsSignAndKeepsItsPayload() {
        assertEquals(0x7fc00001, Float.floatToRawIntBits(FloatBits.abs(Float.intBitsToFloat(0xffc00001))));
        assertEquals(0x7fc00001, Float.floatToRawIntBits(FloatBits.ulp(Float.intBitsToFloat(0xffc00001))));
        assertEquals(0x7ff8000000000123L,
                Double.doubleToRawLongBits(FloatBits.abs(Double.longBitsToDouble(0xfff8000000000123L))));
    }

    @Test
    void ofTwoNaNsTheFirstComesBackAsItCame() {
        float first = Float.intBitsToFloat(0xffc00001);
        float second = Float.intBitsToFloat(0x7fc00002);
        assertEquals(0xffc00001, Float.floatToRawIntBits(FloatBits.max(first, second)));
        assertEquals(0x7fc00002, Float.floatToRawIntBits(FloatBits.min(second, first)));
        assertEquals(0x7fc00002, Float.floatToRawIntBits(FloatBits.max(1.0f, second)));
    }

    @Test
    void negativeZeroIsBelowPositiveZero() {
        assertEquals(0, Float.floatToRawIntBits(FloatBits.max(-0.0f, 0.0f)));
        assertEquals(0x80000000, Float.floatToRawIntBits(FloatBits.min(0.0f, -0.0f)));
        assertEquals(0L, Double.doubleToRawLongBits(FloatBits.max(-0.0, 0.0)));
        assertEquals(0x8000000000000000L, Double.doubleToRawLongBits(FloatBits.min(0.0, -0.0)));
    }
}

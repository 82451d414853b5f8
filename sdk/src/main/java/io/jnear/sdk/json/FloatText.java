package io.jnear.sdk.json;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * A finite {@code double} or {@code float} as serde_json writes it: the shortest decimal that reads back as
 * the same value (the nearest such when there are two), laid out plain while the first digit's exponent is
 * within -5..15 for an {@code f64} and -6..12 for an {@code f32}, else as {@code d.ddde+N} / {@code e-N}.
 *
 * <p>The digits are searched for here rather than taken from {@code Double.toString}, which Java 17 does not
 * always make shortest ({@code 4.9E-324} for serde's {@code 5e-324}).
 */
final class FloatText {
    private FloatText() {
    }

    static String of(double value) {
        if (value == 0) {
            // the sign bit: -0.0 == 0.0
            return Double.doubleToRawLongBits(value) < 0 ? "-0.0" : "0.0";
        }
        BigDecimal exact = new BigDecimal(value);
        for (int digits = 1; ; digits++) {
            BigDecimal shortest = nearestReadingBack(exact, digits, d -> d.doubleValue() == value);
            if (shortest != null) {
                return layout(shortest, -5, 15);
            }
        }
    }

    static String of(float value) {
        if (value == 0) {
            return Float.floatToRawIntBits(value) < 0 ? "-0.0" : "0.0";
        }
        BigDecimal exact = new BigDecimal(value);
        for (int digits = 1; ; digits++) {
            BigDecimal shortest = nearestReadingBack(exact, digits, d -> d.floatValue() == value);
            if (shortest != null) {
                return layout(shortest, -6, 12);
            }
        }
    }

    private interface ReadsBack {
        boolean test(BigDecimal decimal);
    }

    /**
     * Of the two decimals of {@code digits} significant digits around {@code exact} (a decimal that reads
     * back lies between them if any does), the one that reads back, or the nearer if both do (the even one
     * on a tie); null if neither does.
     */
    private static BigDecimal nearestReadingBack(BigDecimal exact, int digits, ReadsBack readsBack) {
        BigDecimal down = exact.round(new MathContext(digits, RoundingMode.DOWN));
        BigDecimal up = exact.round(new MathContext(digits, RoundingMode.UP));
        boolean downReads = readsBack.test(down);
        boolean upReads = readsBack.test(up);
        if (downReads && upReads) {
            return exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
        }
        return downReads ? down : upReads ? up : null;
    }

    /** {@code decimal} plain if its first digit's exponent is within {@code minPlain..maxPlain}, else with one. */
    private static String layout(BigDecimal decimal, int minPlain, int maxPlain) {
        BigDecimal d = decimal.stripTrailingZeros();
        String digits = d.unscaledValue().abs().toString();
        int length = digits.length();
        int exponent = length - 1 - d.scale(); // of the first digit
        StringBuilder s = new StringBuilder(d.signum() < 0 ? "-" : "");
        if (exponent >= minPlain && exponent <= maxPlain) {
            int point = exponent + 1; // digits before the decimal point
            if (point >= length) {
                s.append(digits).append("0".repeat(point - length)).append(".0");
            } else if (point > 0) {
                s.append(digits, 0, point).append('.').append(digits, point, length);
            } else {
                s.append("0.").append("0".repeat(-point)).append(digits);
            }
        } else {
            s.append(digits.charAt(0));
            if (length > 1) {
                s.append('.').append(digits, 1, length);
            }
            s.append(exponent > 0 ? "e+" : "e").append(exponent);
        }
        return s.toString();
    }
}

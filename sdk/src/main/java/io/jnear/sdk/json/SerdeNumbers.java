package io.jnear.sdk.json;

/**
 * How serde_json turns the text of a JSON number into an {@code f64} or {@code f32}, as near-sdk builds it
 * (without serde_json's {@code float_roundtrip} feature): not always the nearest double. The digits go into a
 * {@code u64} until one more would overflow it (later digits are dropped, an integer's as powers of ten);
 * the {@code u64} becomes a double and is then multiplied or divided by one power of ten (by {@code 1e308}
 * first while the exponent is beyond 308). An integer literal that fits is converted directly; a result
 * that overflows to infinity is out of range.
 *
 * <p>{@code Double.parseDouble} is exact where serde_json is not (about one number in sixteen with many
 * digits or a large exponent comes out one unit in the last place apart), so a contract reading a float
 * argument must read it this way to see what a near-sdk-rs contract sees.
 */
final class SerdeNumbers {
    /** serde_json's table: each {@code 1eN} as the nearest double. */
    private static final double[] POW10 = new double[309];

    static {
        double p = 1;
        for (int i = 0; i < POW10.length; i++) {
            // 10^i is exact up to 10^22; beyond, parse the literal so each entry is the nearest double
            POW10[i] = i <= 22 ? p : Double.parseDouble("1e" + i);
            p *= 10;
        }
    }

    /** (2^64 - 1) / 10 and (2^64 - 1) % 10: the u64 that cannot take another digit, and the last digit it can. */
    private static final long U64_TENTH = 1844674407370955161L;
    private static final int U64_LAST_DIGIT = 5;

    private SerdeNumbers() {
    }

    /** What serde_json parsed: a double (NaN standing for "out of range"), and whether it was an integer literal. */
    private static final class Parsed {
        boolean positive = true;
        long significand;
        boolean integer;
        double value;
    }

    /** The f64 serde_json reads from {@code text} (valid JSON number text), or NaN if it is out of range. */
    static double f64(String text) {
        Parsed p = parse(text);
        if (p.integer) {
            double magnitude = unsignedToDouble(p.significand);
            return p.positive ? magnitude : -magnitude;
        }
        return p.value;
    }

    /** The f32 serde reads from {@code text}: serde_json's f64 narrowed, or an integer literal converted directly. */
    static float f32(String text) {
        Parsed p = parse(text);
        if (!p.integer) {
            return (float) p.value; // NaN (out of range) stays NaN
        }
        if (p.positive) {
            return unsignedToFloat(p.significand);
        }
        long negated = -p.significand;
        // serde_json keeps -0 and anything below i64's range as the f64 -(u64 as f64), narrowed afterwards
        return negated < 0 ? (float) negated : (float) -unsignedToDouble(p.significand);
    }

    private static Parsed parse(String text) {
        Parsed p = new Parsed();
        int i = 0;
        if (text.charAt(0) == '-') {
            p.positive = false;
            i++;
        }
        long significand = 0;
        int exponent = 0;
        boolean overflowed = false;
        if (text.charAt(i) == '0') {
            i++;
        } else {
            while (i < text.length() && isDigit(text.charAt(i))) {
                int digit = text.charAt(i) - '0';
                if (overflowed || overflows(significand, digit)) {
                    overflowed = true;
                    exponent++; // a dropped digit of the integer part
                } else {
                    significand = significand * 10 + digit;
                }
                i++;
            }
        }
        boolean fraction = i < text.length() && text.charAt(i) == '.';
        boolean exponentPart = false;
        if (fraction) {
            i++;
            boolean dropping = false;
            while (i < text.length() && isDigit(text.charAt(i))) {
                int digit = text.charAt(i) - '0';
                if (dropping || overflows(significand, digit)) {
                    dropping = true; // every later digit is ignored
                } else {
                    significand = significand * 10 + digit;
                    exponent--;
                }
                i++;
            }
        }
        if (i < text.length() && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            exponentPart = true;
            i++;
            boolean positiveExponent = true;
            if (text.charAt(i) == '+' || text.charAt(i) == '-') {
                positiveExponent = text.charAt(i) == '+';
                i++;
            }
            int e = 0;
            for (; i < text.length(); i++) {
                int digit = text.charAt(i) - '0';
                if (e > Integer.MAX_VALUE / 10 || e == Integer.MAX_VALUE / 10 && digit > Integer.MAX_VALUE % 10) {
                    // serde_json: an exponent past i32 is infinity (an error) or zero
                    p.value = significand != 0 && positiveExponent ? Double.NaN : p.positive ? 0.0 : -0.0;
                    return p;
                }
                e = e * 10 + digit;
            }
            exponent = positiveExponent ? saturatingAdd(exponent, e) : saturatingAdd(exponent, -e);
        }
        p.significand = significand;
        p.integer = !fraction && !exponentPart && !overflowed;
        if (!p.integer) {
            double value = fromParts(significand, exponent);
            p.value = p.positive || Double.isNaN(value) ? value : -value;
        }
        return p;
    }

    /** serde_json's {@code f64_from_parts}: NaN for out of range. */
    private static double fromParts(long significand, int exponent) {
        double f = unsignedToDouble(significand);
        while (true) {
            int magnitude = Math.abs(exponent);
            if (exponent != Integer.MIN_VALUE && magnitude < POW10.length) {
                if (exponent >= 0) {
                    f *= POW10[magnitude];
                    if (Double.isInfinite(f)) {
                        return Double.NaN;
                    }
                } else {
                    f /= POW10[magnitude];
                }
                return f;
            }
            if (f == 0) {
                return f;
            }
            if (exponent >= 0) {
                return Double.NaN;
            }
            f /= 1e308;
            exponent += 308;
        }
    }

    private static boolean overflows(long significand, int digit) {
        return Long.compareUnsigned(significand, U64_TENTH) > 0
                || significand == U64_TENTH && digit > U64_LAST_DIGIT;
    }

    private static int saturatingAdd(int a, int b) {
        long sum = (long) a + b;
        return sum > Integer.MAX_VALUE ? Integer.MAX_VALUE : sum < Integer.MIN_VALUE ? Integer.MIN_VALUE : (int) sum;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    // Rust's `u64 as f64` and `as f32`: one rounding to nearest; halving with the low bit kept sticky makes
    // the signed conversion round the same way
    private static double unsignedToDouble(long u) {
        return u >= 0 ? (double) u : (double) ((u >>> 1) | (u & 1)) * 2.0;
    }

    private static float unsignedToFloat(long u) {
        return u >= 0 ? (float) u : (float) ((u >>> 1) | (u & 1)) * 2.0f;
    }
}

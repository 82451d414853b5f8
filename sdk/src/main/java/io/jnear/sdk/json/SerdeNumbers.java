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
    /**
     * serde_json's table: each {@code 1eN} as the nearest double. Literals, which javac rounds, so a contract
     * compiled to Wasm has the same table without parsing it at run time.
     */
    private static final double[] POW10 = {
            1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9,
            1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
            1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28, 1e29,
            1e30, 1e31, 1e32, 1e33, 1e34, 1e35, 1e36, 1e37, 1e38, 1e39,
            1e40, 1e41, 1e42, 1e43, 1e44, 1e45, 1e46, 1e47, 1e48, 1e49,
            1e50, 1e51, 1e52, 1e53, 1e54, 1e55, 1e56, 1e57, 1e58, 1e59,
            1e60, 1e61, 1e62, 1e63, 1e64, 1e65, 1e66, 1e67, 1e68, 1e69,
            1e70, 1e71, 1e72, 1e73, 1e74, 1e75, 1e76, 1e77, 1e78, 1e79,
            1e80, 1e81, 1e82, 1e83, 1e84, 1e85, 1e86, 1e87, 1e88, 1e89,
            1e90, 1e91, 1e92, 1e93, 1e94, 1e95, 1e96, 1e97, 1e98, 1e99,
            1e100, 1e101, 1e102, 1e103, 1e104, 1e105, 1e106, 1e107, 1e108, 1e109,
            1e110, 1e111, 1e112, 1e113, 1e114, 1e115, 1e116, 1e117, 1e118, 1e119,
            1e120, 1e121, 1e122, 1e123, 1e124, 1e125, 1e126, 1e127, 1e128, 1e129,
            1e130, 1e131, 1e132, 1e133, 1e134, 1e135, 1e136, 1e137, 1e138, 1e139,
            1e140, 1e141, 1e142, 1e143, 1e144, 1e145, 1e146, 1e147, 1e148, 1e149,
            1e150, 1e151, 1e152, 1e153, 1e154, 1e155, 1e156, 1e157, 1e158, 1e159,
            1e160, 1e161, 1e162, 1e163, 1e164, 1e165, 1e166, 1e167, 1e168, 1e169,
            1e170, 1e171, 1e172, 1e173, 1e174, 1e175, 1e176, 1e177, 1e178, 1e179,
            1e180, 1e181, 1e182, 1e183, 1e184, 1e185, 1e186, 1e187, 1e188, 1e189,
            1e190, 1e191, 1e192, 1e193, 1e194, 1e195, 1e196, 1e197, 1e198, 1e199,
            1e200, 1e201, 1e202, 1e203, 1e204, 1e205, 1e206, 1e207, 1e208, 1e209,
            1e210, 1e211, 1e212, 1e213, 1e214, 1e215, 1e216, 1e217, 1e218, 1e219,
            1e220, 1e221, 1e222, 1e223, 1e224, 1e225, 1e226, 1e227, 1e228, 1e229,
            1e230, 1e231, 1e232, 1e233, 1e234, 1e235, 1e236, 1e237, 1e238, 1e239,
            1e240, 1e241, 1e242, 1e243, 1e244, 1e245, 1e246, 1e247, 1e248, 1e249,
            1e250, 1e251, 1e252, 1e253, 1e254, 1e255, 1e256, 1e257, 1e258, 1e259,
            1e260, 1e261, 1e262, 1e263, 1e264, 1e265, 1e266, 1e267, 1e268, 1e269,
            1e270, 1e271, 1e272, 1e273, 1e274, 1e275, 1e276, 1e277, 1e278, 1e279,
            1e280, 1e281, 1e282, 1e283, 1e284, 1e285, 1e286, 1e287, 1e288, 1e289,
            1e290, 1e291, 1e292, 1e293, 1e294, 1e295, 1e296, 1e297, 1e298, 1e299,
            1e300, 1e301, 1e302, 1e303, 1e304, 1e305, 1e306, 1e307, 1e308,
    };

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

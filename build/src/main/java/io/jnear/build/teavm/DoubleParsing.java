package io.jnear.build.teavm;

import java.math.BigInteger;

/**
 * Where TeaVM 0.13.1's {@code Double.parseDouble} differs from the JDK's, the JDK's answer
 * ({@link ClassLibrarySupplement} wraps TeaVM's parser with these): TeaVM throws on {@code NaN} and
 * {@code Infinity}, and reads numbers below {@code Double.MIN_NORMAL} as zero ({@code 4.9e-324} among
 * them, which a contract's {@code f64} argument may be). Subnormal results are computed exactly here,
 * with round-half-even as the JDK rounds.
 */
public final class DoubleParsing {
    static final int NUMBER = 0;
    static final int NAN = 1;
    static final int POSITIVE_INFINITY = 2;
    static final int NEGATIVE_INFINITY = 3;

    /** Below 10^-330 every decimal rounds to zero (the smallest subnormal is about 4.9 × 10^-324). */
    private static final int ZERO_BELOW = -330;
    private static final int SUBNORMAL_SCALE = 1074;

    private DoubleParsing() {
    }

    /** Which of NaN, ±Infinity {@code s} is as the JDK reads it (surrounding whitespace, a sign), or NUMBER. */
    static int kind(String s) {
        String t = s.trim();
        boolean negative = t.startsWith("-");
        String rest = negative || t.startsWith("+") ? t.substring(1) : t;
        if (rest.equals("NaN")) {
            return NAN;
        }
        if (rest.equals("Infinity")) {
            return negative ? NEGATIVE_INFINITY : POSITIVE_INFINITY;
        }
        return NUMBER;
    }

    static double special(int kind) {
        return switch (kind) {
            case NAN -> Double.NaN;
            case POSITIVE_INFINITY -> Double.POSITIVE_INFINITY;
            default -> Double.NEGATIVE_INFINITY;
        };
    }

    /**
     * {@code parsed}, TeaVM's reading of the decimal {@code s}, unless it is zero or subnormal: then the
     * value of {@code s} rounded to a multiple of 2^-1074, half to even.
     */
    static double subnormalsExactly(String s, double parsed) {
        if (Math.abs(parsed) >= Double.MIN_NORMAL) {
            return parsed;
        }
        String t = s.trim();
        int end = t.length();
        char last = t.charAt(end - 1);
        if (last == 'd' || last == 'D' || last == 'f' || last == 'F') {
            end--;
        }
        int i = 0;
        boolean negative = false;
        if (t.charAt(0) == '-' || t.charAt(0) == '+') {
            negative = t.charAt(0) == '-';
            i++;
        }
        StringBuilder digits = new StringBuilder();
        int exponent = 0;
        boolean fraction = false;
        for (; i < end; i++) {
            char c = t.charAt(i);
            if (c == '.') {
                fraction = true;
            } else if (c == 'e' || c == 'E') {
                String written = t.substring(t.charAt(i + 1) == '+' ? i + 2 : i + 1, end);
                if (written.length() > 9) {
                    // beyond any int: a huge positive exponent is not subnormal, so it is a huge negative one
                    return negative ? -0.0 : 0.0;
                }
                exponent += Integer.parseInt(written);
                break;
            } else {
                digits.append(c);
                if (fraction) {
                    exponent--;
                }
            }
        }
        BigInteger value = new BigInteger(digits.toString());
        if (value.signum() == 0 || exponent + digits.length() < ZERO_BELOW) {
            return negative ? -0.0 : 0.0;
        }
        // round(value × 10^exponent × 2^1074): the result's bits, since below 2^-1021 the spacing is 2^-1074
        BigInteger numerator = value.shiftLeft(SUBNORMAL_SCALE);
        BigInteger denominator = BigInteger.ONE;
        if (exponent >= 0) {
            numerator = numerator.multiply(BigInteger.TEN.pow(exponent));
        } else {
            denominator = BigInteger.TEN.pow(-exponent);
        }
        BigInteger[] division = numerator.divideAndRemainder(denominator);
        BigInteger units = division[0];
        int half = division[1].shiftLeft(1).compareTo(denominator);
        if (half > 0 || half == 0 && units.testBit(0)) {
            units = units.add(BigInteger.ONE);
        }
        double magnitude = Double.longBitsToDouble(units.longValue());
        return negative ? -magnitude : magnitude;
    }
}

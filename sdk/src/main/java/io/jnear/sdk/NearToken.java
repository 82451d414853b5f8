package io.jnear.sdk;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * An amount of NEAR, held exactly in yoctoNEAR (1 NEAR = 10^24 yocto) as an unsigned 128-bit number.
 *
 * <p>In JSON an amount is a decimal string of yocto, as NEAR carries it. {@link #parse(String)} reads
 * that form and human forms such as {@code "1.5 NEAR"} or {@code "3 yocto"}; {@link #toString()} prints
 * the exact amount in NEAR. Arithmetic that would leave the 0..2^128-1 range throws
 * {@link ArithmeticException}; money never passes through {@code double}.
 *
 * <p>The amount is a {@link U128}, not a {@link BigInteger}: a contract compiled to Wasm that keeps to
 * {@link #ofYocto(U128)}, {@link #asU128()} and the arithmetic here carries none of {@code BigInteger}'s code.
 */
public final class NearToken implements Comparable<NearToken> {
    private static final int NEAR_DECIMALS = 24;

    public static final NearToken ZERO = new NearToken(U128.ZERO);
    public static final NearToken ONE_YOCTO = new NearToken(U128.of(1));

    private final U128 yocto;

    private NearToken(U128 yocto) {
        this.yocto = yocto;
    }

    public static NearToken ofYocto(BigInteger yocto) {
        if (yocto.signum() < 0 || yocto.bitLength() > 128) {
            throw outOfRange(yocto.toString());
        }
        return ofYocto(U128.of(yocto));
    }

    public static NearToken ofYocto(long yocto) {
        if (yocto < 0) {
            throw outOfRange(Long.toString(yocto));
        }
        return ofYocto(U128.of(yocto));
    }

    /** The amount of {@code yocto} yoctoNEAR. */
    public static NearToken ofYocto(U128 yocto) {
        return yocto.isZero() ? ZERO : new NearToken(yocto);
    }

    public static NearToken near(long near) {
        return scaled(near, 1_000_000_000_000L, 1_000_000_000_000L); // 10^24 yocto, in two factors a long holds
    }

    /** Thousandths of a NEAR. */
    public static NearToken milliNear(long milliNear) {
        return scaled(milliNear, 1_000_000_000_000L, 1_000_000_000L); // 10^21 yocto
    }

    /** {@code amount × a × b} yocto. */
    private static NearToken scaled(long amount, long a, long b) {
        if (amount < 0) {
            throw outOfRange("-" + U128.of(-amount).times(a).times(b));
        }
        try {
            return ofYocto(U128.of(amount).times(a).times(b));
        } catch (ArithmeticException e) {
            throw outOfRange(amount + " × " + a + " × " + b);
        }
    }

    /**
     * Parses {@code "1.5 NEAR"}, {@code "250 yocto"} / {@code "250 yoctoNEAR"}, or a bare decimal
     * integer of yocto (the JSON form).
     */
    public static NearToken parse(String text) {
        String s = text.trim();
        // an amount is at most 39 digits of yocto (u128); anything much longer is refused before any
        // arithmetic, whose work grows with the caller's input
        int maxChars = 64;
        if (s.length() > maxChars + " yoctoNEAR".length()) {
            throw new IllegalArgumentException("Invalid NEAR amount '" + s.substring(0, maxChars) + "…': too long");
        }
        try {
            int space = s.lastIndexOf(' ');
            if (space < 0) {
                return ofYocto(yoctoDigits(s));
            }
            String number = s.substring(0, space).trim();
            String unit = s.substring(space + 1);
            if (unit.equalsIgnoreCase("NEAR") || unit.equals("Ⓝ")) {
                BigDecimal near = new BigDecimal(number);
                // u128 yocto is below 10^15 NEAR; more than 48 decimals cannot be a whole number of yocto
                if (near.precision() - near.scale() > 15 || near.scale() > 48) {
                    throw new IllegalArgumentException("Invalid NEAR amount '" + text + "': out of range");
                }
                BigDecimal yocto = near.movePointRight(NEAR_DECIMALS);
                return ofYocto(yocto.toBigIntegerExact());
            }
            if (unit.equalsIgnoreCase("yocto") || unit.equalsIgnoreCase("yoctoNEAR")) {
                return ofYocto(yoctoDigits(number));
            }
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("Invalid NEAR amount '" + text + "': " + e.getMessage(), e);
        }
        throw new IllegalArgumentException(
                "Invalid NEAR amount '" + text + "': expected '<n> NEAR', '<n> yocto' or an integer of yocto");
    }

    /** An integer of yocto: digits with an optional sign, as {@code BigInteger} reads them. */
    private static U128 yoctoDigits(String number) {
        int first = number.startsWith("+") || number.startsWith("-") ? 1 : 0;
        U128 value;
        try {
            value = first < number.length() ? U128.digits(number, first) : null;
        } catch (ArithmeticException e) {
            throw outOfRange(number.substring(first));
        }
        if (value == null) {
            throw new NumberFormatException("For input string: \"" + number + "\"");
        }
        if (number.charAt(0) == '-' && !value.isZero()) {
            throw outOfRange("-" + value);
        }
        return value;
    }

    public BigInteger asYocto() {
        return yocto.asBigInteger();
    }

    /** The amount in yoctoNEAR. */
    public U128 asU128() {
        return yocto;
    }

    /** The amount as a decimal string of yocto, its JSON form. */
    public String toYoctoString() {
        return yocto.toString();
    }

    public boolean isZero() {
        return yocto.isZero();
    }

    public NearToken plus(NearToken other) {
        try {
            return ofYocto(yocto.plus(other.yocto));
        } catch (ArithmeticException e) {
            throw rangeOf(e);
        }
    }

    /** Subtracts, failing with {@link ArithmeticException} if the result would be negative. */
    public NearToken minus(NearToken other) {
        try {
            return ofYocto(yocto.minus(other.yocto));
        } catch (ArithmeticException e) {
            throw rangeOf(e);
        }
    }

    /** Subtracts, stopping at zero. */
    public NearToken saturatingMinus(NearToken other) {
        return yocto.compareTo(other.yocto) <= 0 ? ZERO : new NearToken(yocto.minus(other.yocto));
    }

    public NearToken times(long factor) {
        try {
            return ofYocto(yocto.times(factor));
        } catch (ArithmeticException e) {
            throw rangeOf(e);
        }
    }

    public boolean isGreaterThan(NearToken other) {
        return compareTo(other) > 0;
    }

    public boolean isLessThan(NearToken other) {
        return compareTo(other) < 0;
    }

    public static NearToken max(NearToken a, NearToken b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    public static NearToken min(NearToken a, NearToken b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    @Override
    public int compareTo(NearToken o) {
        return yocto.compareTo(o.yocto);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NearToken other && yocto.equals(other.yocto);
    }

    @Override
    public int hashCode() {
        return yocto.hashCode();
    }

    /** The exact amount in NEAR, such as {@code "1.5 NEAR"} or {@code "0 NEAR"}. */
    @Override
    public String toString() {
        String digits = yocto.toString();
        String padded = digits.length() <= NEAR_DECIMALS ? "0".repeat(NEAR_DECIMALS + 1 - digits.length()) + digits : digits;
        int point = padded.length() - NEAR_DECIMALS;
        int end = padded.length();
        while (end > point && padded.charAt(end - 1) == '0') {
            end--;
        }
        return (end == point ? padded.substring(0, point) : padded.substring(0, point) + "." + padded.substring(point, end))
                + " NEAR";
    }

    private static ArithmeticException outOfRange(String yocto) {
        return new ArithmeticException("NEAR amount out of the unsigned 128-bit range: " + yocto);
    }

    /** U128's range error, as NEAR's amount's. */
    private static ArithmeticException rangeOf(ArithmeticException e) {
        String message = e.getMessage();
        int colon = message.indexOf(": ");
        return outOfRange(colon < 0 ? message : message.substring(colon + 2));
    }
}

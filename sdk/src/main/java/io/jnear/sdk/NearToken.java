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
 */
public final class NearToken implements Comparable<NearToken> {
    public static final BigInteger YOCTO_PER_NEAR = BigInteger.TEN.pow(24);

    public static final NearToken ZERO = new NearToken(BigInteger.ZERO);
    public static final NearToken ONE_YOCTO = new NearToken(BigInteger.ONE);

    private final BigInteger yocto;

    private NearToken(BigInteger yocto) {
        this.yocto = yocto;
    }

    public static NearToken ofYocto(BigInteger yocto) {
        // above u128's maximum, 2^128 - 1, exactly when it takes more than 128 bits
        if (yocto.signum() < 0 || yocto.bitLength() > 128) {
            throw new ArithmeticException("NEAR amount out of the unsigned 128-bit range: " + yocto);
        }
        return yocto.signum() == 0 ? ZERO : new NearToken(yocto);
    }

    public static NearToken ofYocto(long yocto) {
        return ofYocto(BigInteger.valueOf(yocto));
    }

    public static NearToken near(long near) {
        return ofYocto(BigInteger.valueOf(near).multiply(YOCTO_PER_NEAR));
    }

    /** Thousandths of a NEAR. */
    public static NearToken milliNear(long milliNear) {
        return ofYocto(BigInteger.valueOf(milliNear).multiply(BigInteger.TEN.pow(21)));
    }

    /**
     * Parses {@code "1.5 NEAR"}, {@code "250 yocto"} / {@code "250 yoctoNEAR"}, or a bare decimal
     * integer of yocto (the JSON form).
     */
    public static NearToken parse(String text) {
        String s = text.trim();
        // an amount is at most 39 digits of yocto (u128); anything much longer is refused before BigInteger
        // or BigDecimal arithmetic, whose work grows faster than the caller's input
        int maxChars = 64;
        if (s.length() > maxChars + " yoctoNEAR".length()) {
            throw new IllegalArgumentException("Invalid NEAR amount '" + s.substring(0, maxChars) + "…': too long");
        }
        try {
            int space = s.lastIndexOf(' ');
            if (space < 0) {
                return ofYocto(new BigInteger(s));
            }
            String number = s.substring(0, space).trim();
            String unit = s.substring(space + 1);
            if (unit.equalsIgnoreCase("NEAR") || unit.equals("Ⓝ")) {
                BigDecimal near = new BigDecimal(number);
                // u128 yocto is below 10^15 NEAR; more than 48 decimals cannot be a whole number of yocto
                if (near.precision() - near.scale() > 15 || near.scale() > 48) {
                    throw new IllegalArgumentException("Invalid NEAR amount '" + text + "': out of range");
                }
                BigDecimal yocto = near.multiply(new BigDecimal(YOCTO_PER_NEAR));
                return ofYocto(yocto.toBigIntegerExact());
            }
            if (unit.equalsIgnoreCase("yocto") || unit.equalsIgnoreCase("yoctoNEAR")) {
                return ofYocto(new BigInteger(number));
            }
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("Invalid NEAR amount '" + text + "': " + e.getMessage(), e);
        }
        throw new IllegalArgumentException(
                "Invalid NEAR amount '" + text + "': expected '<n> NEAR', '<n> yocto' or an integer of yocto");
    }

    public BigInteger asYocto() {
        return yocto;
    }

    /** The amount as a decimal string of yocto, its JSON form. */
    public String toYoctoString() {
        return yocto.bitLength() < 63 ? Long.toString(yocto.longValue()) : yocto.toString();
    }

    public boolean isZero() {
        return yocto.signum() == 0;
    }

    public NearToken plus(NearToken other) {
        return ofYocto(yocto.add(other.yocto));
    }

    /** Subtracts, failing with {@link ArithmeticException} if the result would be negative. */
    public NearToken minus(NearToken other) {
        return ofYocto(yocto.subtract(other.yocto));
    }

    /** Subtracts, stopping at zero. */
    public NearToken saturatingMinus(NearToken other) {
        return yocto.compareTo(other.yocto) <= 0 ? ZERO : new NearToken(yocto.subtract(other.yocto));
    }

    public NearToken times(long factor) {
        return ofYocto(yocto.multiply(BigInteger.valueOf(factor)));
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
        BigDecimal near = new BigDecimal(yocto, 24).stripTrailingZeros();
        return near.toPlainString() + " NEAR";
    }
}

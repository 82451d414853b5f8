package io.jnear.sdk;

import java.math.BigInteger;

/**
 * An unsigned 128-bit integer, carried in JSON as a decimal string as NEAR does (token amounts of
 * NEP-141 are {@code U128}). Arithmetic leaving the range throws {@link ArithmeticException}.
 *
 * <p>Held in two {@code long}s read as unsigned, not in a {@link BigInteger}: a contract compiled to Wasm
 * that never calls {@link #of(BigInteger)} or {@link #asBigInteger()} carries none of {@code BigInteger}'s
 * code, and NEAR charges for every byte of code on every call.
 */
public final class U128 implements Comparable<U128> {
    public static final U128 ZERO = new U128(0, 0);
    /** 2^128 - 1. */
    public static final U128 MAX = new U128(-1L, -1L);

    /** 2^128, what a sum past {@link #MAX} wrapped around by, in decimal: for the overflow's message. */
    private static final String TWO_TO_128 = "340282366920938463463374607431768211456";
    /** The most digits of a u128 (2^128 - 1 has 39). */
    private static final int MAX_DIGITS = 39;
    /** Numbers of up to this many digits fit a {@code long}. */
    private static final int LONG_DIGITS = 18;
    private static final long MASK_32 = 0xFFFF_FFFFL;
    private static final int BILLION = 1_000_000_000;

    private final long high;
    private final long low;

    private U128(long high, long low) {
        this.high = high;
        this.low = low;
    }

    /** The value whose high and low 64 bits, each read as unsigned, are {@code high} and {@code low}. */
    public static U128 ofBits(long high, long low) {
        return high == 0 && low == 0 ? ZERO : new U128(high, low);
    }

    public static U128 of(BigInteger value) {
        if (value.signum() < 0 || value.bitLength() > 128) {
            throw outOfRange(value.toString());
        }
        return ofBits(value.shiftRight(64).longValue(), value.longValue());
    }

    /** {@code value}, which may not be negative. */
    public static U128 of(long value) {
        if (value < 0) {
            throw outOfRange(Long.toString(value));
        }
        return ofBits(0, value);
    }

    /**
     * The decimal integer {@code decimal} (surrounding whitespace ignored, an optional sign). Text that is not a
     * decimal integer, or has more than 39 digits after its leading zeros, is refused with
     * {@link IllegalArgumentException} before any arithmetic; a value outside 0..2^128-1 with
     * {@link ArithmeticException}.
     */
    public static U128 parse(String decimal) {
        String text = decimal.trim();
        int first = text.startsWith("+") || text.startsWith("-") ? 1 : 0;
        // count the digits before any arithmetic: the caller's input may be huge
        int significant = first;
        while (significant < text.length() - 1 && text.charAt(significant) == '0') {
            significant++;
        }
        if (text.length() - significant > MAX_DIGITS) {
            throw new IllegalArgumentException("Invalid U128 '" + text.substring(0, Math.min(text.length(), 48))
                    + "…': more than 39 digits, out of range");
        }
        U128 value = digits(text, significant);
        if (value == null || first == text.length()) {
            throw new IllegalArgumentException("Invalid U128 '" + decimal + "': not a decimal integer");
        }
        if (text.charAt(0) == '-' && !value.isZero()) {
            throw outOfRange("-" + value);
        }
        return value;
    }

    /**
     * The ASCII digits {@code text[from..]} (at most 39 of them) as a number; null when a character is not a
     * digit. A number past {@link #MAX} throws {@link ArithmeticException} with its digits.
     */
    static U128 digits(String text, int from) {
        long high = 0;
        long low = 0;
        int count = text.length() - from;
        for (int i = from; i < text.length(); i++) {
            int digit = text.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                return null;
            }
            if (count <= LONG_DIGITS) {
                low = low * 10 + digit; // fits: at most 18 digits
                continue;
            }
            // (high, low) * 10 + digit, on 32-bit limbs
            long l0 = (low & MASK_32) * 10 + digit;
            long l1 = (low >>> 32) * 10 + (l0 >>> 32);
            long h0 = (high & MASK_32) * 10 + (l1 >>> 32);
            long h1 = (high >>> 32) * 10 + (h0 >>> 32);
            if ((h1 >>> 32) != 0) {
                int end = i;
                while (end < text.length() && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
                    end++;
                }
                if (end < text.length()) {
                    return null;
                }
                throw outOfRange(text.substring(from));
            }
            low = (l1 << 32) | (l0 & MASK_32);
            high = (h1 << 32) | (h0 & MASK_32);
        }
        return ofBits(high, low);
    }

    /** The high 64 bits, to be read as unsigned. */
    public long highBits() {
        return high;
    }

    /** The low 64 bits, to be read as unsigned. */
    public long lowBits() {
        return low;
    }

    public BigInteger asBigInteger() {
        if (high == 0 && low >= 0) {
            return BigInteger.valueOf(low);
        }
        byte[] bigEndian = new byte[16];
        for (int i = 0; i < 8; i++) {
            bigEndian[7 - i] = (byte) (high >>> (8 * i));
            bigEndian[15 - i] = (byte) (low >>> (8 * i));
        }
        return new BigInteger(1, bigEndian);
    }

    public boolean isZero() {
        return high == 0 && low == 0;
    }

    /** The number of bits the value needs: 0 for zero, 128 from 2^127 on. */
    public int bitLength() {
        return high != 0 ? 128 - Long.numberOfLeadingZeros(high) : 64 - Long.numberOfLeadingZeros(low);
    }

    public U128 plus(U128 other) {
        long sumLow = low + other.low;
        long carry = Long.compareUnsigned(sumLow, low) < 0 ? 1 : 0;
        long partial = high + other.high;
        long sumHigh = partial + carry;
        if (Long.compareUnsigned(partial, high) < 0 || Long.compareUnsigned(sumHigh, partial) < 0) {
            throw outOfRange(addDecimal(TWO_TO_128, ofBits(sumHigh, sumLow).toString()));
        }
        return ofBits(sumHigh, sumLow);
    }

    public U128 minus(U128 other) {
        if (compareTo(other) < 0) {
            throw outOfRange("-" + other.difference(this));
        }
        return difference(other);
    }

    /** {@code this - other}, for {@code other <= this}. */
    private U128 difference(U128 other) {
        long borrow = Long.compareUnsigned(low, other.low) < 0 ? 1 : 0;
        return ofBits(high - other.high - borrow, low - other.low);
    }

    /** {@code this × factor}; a negative factor, or a product past {@link #MAX}, throws {@link ArithmeticException}. */
    public U128 times(long factor) {
        if (factor < 0) {
            throw outOfRange(this + " × " + factor);
        }
        // the 128 × 63-bit product on 32-bit limbs: this = (a3 a2 a1 a0), factor = (f1 f0)
        long[] product = new long[6];
        long[] a = {low & MASK_32, low >>> 32, high & MASK_32, high >>> 32};
        long[] f = {factor & MASK_32, factor >>> 32};
        for (int j = 0; j < 2; j++) {
            long carry = 0;
            for (int i = 0; i < 4; i++) {
                long t = a[i] * f[j] + (product[i + j] & MASK_32) + carry;
                product[i + j] = t & MASK_32;
                carry = t >>> 32;
            }
            product[j + 4] = carry;
        }
        if (product[4] != 0 || product[5] != 0) {
            throw outOfRange(this + " × " + factor);
        }
        return ofBits(product[3] << 32 | product[2], product[1] << 32 | product[0]);
    }

    /** {@code this / divisor}, rounded down; {@code divisor} must be positive. */
    public U128 dividedBy(long divisor) {
        if (divisor <= 0) {
            throw new ArithmeticException("U128 divided by " + divisor);
        }
        if (high == 0) {
            return ofBits(0, Long.divideUnsigned(low, divisor));
        }
        // long division bit by bit: the remainder stays below the divisor, under 2^63, so doubling it fits
        long quotientHigh = 0;
        long quotientLow = 0;
        long remainder = 0;
        for (int bit = 127; bit >= 0; bit--) {
            long next = bit >= 64 ? (high >>> (bit - 64)) & 1 : (low >>> bit) & 1;
            remainder = remainder << 1 | next;
            if (Long.compareUnsigned(remainder, divisor) >= 0) {
                remainder -= divisor;
                if (bit >= 64) {
                    quotientHigh |= 1L << (bit - 64);
                } else {
                    quotientLow |= 1L << bit;
                }
            }
        }
        return ofBits(quotientHigh, quotientLow);
    }

    public static U128 min(U128 a, U128 b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    @Override
    public int compareTo(U128 o) {
        int byHigh = Long.compareUnsigned(high, o.high);
        return byHigh != 0 ? byHigh : Long.compareUnsigned(low, o.low);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof U128 other && high == other.high && low == other.low;
    }

    @Override
    public int hashCode() {
        return 31 * Long.hashCode(high) + Long.hashCode(low);
    }

    /** The decimal digits, as the JSON string carries them. */
    @Override
    public String toString() {
        if (high == 0 && low >= 0) {
            return Long.toString(low);
        }
        // divide by 10^9 on 32-bit limbs, nine digits at a time from the right
        long[] limbs = {high >>> 32, high & MASK_32, low >>> 32, low & MASK_32};
        char[] digits = new char[MAX_DIGITS + 9];
        int at = digits.length;
        boolean zero = false;
        while (!zero) {
            long remainder = 0;
            zero = true;
            for (int i = 0; i < 4; i++) {
                long current = remainder << 32 | limbs[i];
                limbs[i] = current / BILLION;
                remainder = current % BILLION;
                zero &= limbs[i] == 0;
            }
            for (int d = 0; d < 9; d++) {
                digits[--at] = (char) ('0' + remainder % 10);
                remainder /= 10;
            }
        }
        while (digits[at] == '0') {
            at++;
        }
        return new String(digits, at, digits.length - at);
    }

    private static ArithmeticException outOfRange(String value) {
        return new ArithmeticException("Value out of the unsigned 128-bit range: " + value);
    }

    /** The sum of two non-negative decimal integers, digit by digit. */
    private static String addDecimal(String a, String b) {
        StringBuilder sum = new StringBuilder();
        int carry = 0;
        for (int i = a.length() - 1, j = b.length() - 1; i >= 0 || j >= 0 || carry > 0; i--, j--) {
            int digit = carry + (i >= 0 ? a.charAt(i) - '0' : 0) + (j >= 0 ? b.charAt(j) - '0' : 0);
            sum.append((char) ('0' + digit % 10));
            carry = digit / 10;
        }
        return sum.reverse().toString();
    }
}

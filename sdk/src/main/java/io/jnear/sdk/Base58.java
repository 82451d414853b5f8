package io.jnear.sdk;

import java.math.BigInteger;
import java.util.Arrays;

/** Bitcoin-alphabet base58, the text form NEAR uses for keys and hashes. */
public final class Base58 {
    private static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final BigInteger BASE = BigInteger.valueOf(58);
    /** 58^5, the largest power of 58 whose remainders shifted by 32 bits still fit a long. */
    private static final long FIVE_DIGITS = 58L * 58 * 58 * 58 * 58;

    private Base58() {
    }

    public static String encode(byte[] bytes) {
        int zeros = 0;
        while (zeros < bytes.length && bytes[zeros] == 0) {
            zeros++;
        }
        // Long division of the big-endian number by 58^5, in place on 32-bit limbs, five digits per pass: no
        // BigInteger per digit, which made encoding a 32-byte hash a third of an RPC answer's work.
        int length = bytes.length - zeros;
        int[] limbs = new int[(length + 3) / 4];
        for (int i = 0; i < length; i++) {
            limbs[limbs.length - 1 - i / 4] |= (bytes[bytes.length - 1 - i] & 0xFF) << (8 * (i % 4));
        }
        // log(256) / log(58) < 1.37 digits per byte, and the last pass may add up to four zero digits
        char[] digits = new char[zeros + length * 137 / 100 + 5];
        int first = digits.length;
        for (int start = 0; start < limbs.length;) {
            long remainder = 0;
            for (int i = start; i < limbs.length; i++) {
                long value = (remainder << 32) | (limbs[i] & 0xFFFF_FFFFL);
                limbs[i] = (int) (value / FIVE_DIGITS);
                remainder = value % FIVE_DIGITS;
            }
            while (start < limbs.length && limbs[start] == 0) {
                start++;
            }
            for (int d = 0; d < 5; d++) {
                digits[--first] = ALPHABET.charAt((int) (remainder % 58));
                remainder /= 58;
            }
        }
        // the last pass's leading zero digits are padding; each leading zero byte is a '1' of its own
        while (first < digits.length && digits[first] == '1') {
            first++;
        }
        for (int i = 0; i < zeros; i++) {
            digits[--first] = '1';
        }
        return new String(digits, first, digits.length - first);
    }

    public static byte[] decode(String text) {
        BigInteger n = BigInteger.ZERO;
        int zeros = 0;
        while (zeros < text.length() && text.charAt(zeros) == '1') {
            zeros++;
        }
        for (int i = 0; i < text.length(); i++) {
            int digit = ALPHABET.indexOf(text.charAt(i));
            if (digit < 0) {
                throw new IllegalArgumentException("Invalid base58 character '" + text.charAt(i) + "'");
            }
            n = n.multiply(BASE).add(BigInteger.valueOf(digit));
        }
        byte[] magnitude = n.signum() == 0 ? new byte[0] : n.toByteArray();
        if (magnitude.length > 1 && magnitude[0] == 0) {
            magnitude = Arrays.copyOfRange(magnitude, 1, magnitude.length);
        }
        byte[] out = new byte[zeros + magnitude.length];
        System.arraycopy(magnitude, 0, out, zeros, magnitude.length);
        return out;
    }
}

package io.jnear.sdk;

import java.math.BigInteger;
import java.util.Arrays;

/** Bitcoin-alphabet base58, the text form NEAR uses for keys and hashes. */
public final class Base58 {
    private static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final BigInteger BASE = BigInteger.valueOf(58);

    private Base58() {
    }

    public static String encode(byte[] bytes) {
        int zeros = 0;
        while (zeros < bytes.length && bytes[zeros] == 0) {
            zeros++;
        }
        // Long division of the big-endian number by 58, in place, one base-58 digit per pass: no BigInteger
        // per digit, which made encoding a 32-byte hash a visible share of every RPC answer.
        byte[] number = Arrays.copyOfRange(bytes, zeros, bytes.length);
        // log(256) / log(58) < 1.37: at most 137 digits per 100 bytes
        char[] digits = new char[zeros + number.length * 137 / 100 + 1];
        int first = digits.length;
        for (int start = 0; start < number.length;) {
            int remainder = 0;
            for (int i = start; i < number.length; i++) {
                int value = (remainder << 8) | (number[i] & 0xFF);
                number[i] = (byte) (value / 58);
                remainder = value % 58;
            }
            digits[--first] = ALPHABET.charAt(remainder);
            // a quotient is at most one byte shorter than its dividend, as 58 < 256
            if (number[start] == 0) {
                start++;
            }
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

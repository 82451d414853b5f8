package io.jnear.sdk;

/**
 * Bitcoin-alphabet base58, the text form NEAR uses for keys and hashes. Converted on arrays (of 32-bit
 * limbs, five digits at a time, when encoding; digit by digit on bytes when decoding) rather than through
 * {@code BigInteger}, whose code a contract compiled to Wasm would carry.
 */
public final class Base58 {
    private static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final int BASE = 58;
    /** 58^5, the largest power of 58 whose remainders shifted by 32 bits still fit a long. */
    private static final long FIVE_DIGITS = (long) BASE * BASE * BASE * BASE * BASE;

    private Base58() {
    }

    public static String encode(byte[] bytes) {
        int zeros = 0;
        while (zeros < bytes.length && bytes[zeros] == 0) {
            zeros++;
        }
        // Long division of the big-endian number by 58^5, in place on 32-bit limbs, five digits per pass: a
        // tenth of the divisions of one digit per pass over the bytes (hashes are printed in every RPC answer).
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
                digits[--first] = ALPHABET.charAt((int) (remainder % BASE));
                remainder /= BASE;
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
        int zeros = 0;
        while (zeros < text.length() && text.charAt(zeros) == '1') {
            zeros++;
        }
        // bytes, least significant first: each digit multiplies them by 58 and adds itself
        byte[] bytes = new byte[text.length() * 733 / 1000 + 1];
        int used = 0;
        for (int i = 0; i < text.length(); i++) {
            int carry = ALPHABET.indexOf(text.charAt(i));
            if (carry < 0) {
                throw new IllegalArgumentException("Invalid base58 character '" + text.charAt(i) + "'");
            }
            for (int b = 0; b < used; b++) {
                carry += (bytes[b] & 0xFF) * BASE;
                bytes[b] = (byte) carry;
                carry >>>= 8;
            }
            while (carry > 0) {
                bytes[used++] = (byte) carry;
                carry >>>= 8;
            }
        }
        byte[] out = new byte[zeros + used];
        for (int b = 0; b < used; b++) {
            out[zeros + b] = bytes[used - 1 - b];
        }
        return out;
    }
}

package io.jnear.sdk;


/**
 * Bitcoin-alphabet base58, the text form NEAR uses for keys and hashes. Converted digit by digit on byte
 * arrays rather than through {@code BigInteger}, whose code a contract compiled to Wasm would carry.
 */
public final class Base58 {
    private static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final int BASE = 58;

    private Base58() {
    }

    public static String encode(byte[] bytes) {
        int zeros = 0;
        while (zeros < bytes.length && bytes[zeros] == 0) {
            zeros++;
        }
        // base-58 digits, least significant first: each byte multiplies them by 256 and adds itself
        byte[] digits = new byte[bytes.length * 138 / 100 + 1];
        int used = 0;
        for (int i = zeros; i < bytes.length; i++) {
            int carry = bytes[i] & 0xFF;
            for (int d = 0; d < used; d++) {
                carry += (digits[d] & 0xFF) << 8;
                digits[d] = (byte) (carry % BASE);
                carry /= BASE;
            }
            while (carry > 0) {
                digits[used++] = (byte) (carry % BASE);
                carry /= BASE;
            }
        }
        StringBuilder out = new StringBuilder(zeros + used);
        out.append("1".repeat(zeros));
        for (int d = used - 1; d >= 0; d--) {
            out.append(ALPHABET.charAt(digits[d]));
        }
        return out.toString();
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

package io.jnear.samples.crypto;

import io.jnear.sdk.Env;

/** Lower-case hex, as the contract's arguments and results carry bytes. */
final class Hex {
    private static final char[] DIGITS = "0123456789abcdef".toCharArray();

    private Hex() {
    }

    static byte[] decode(String hex) {
        if (hex.length() % 2 != 0) {
            throw Env.panic("odd number of hex digits");
        }
        byte[] bytes = new byte[hex.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (digit(hex.charAt(2 * i)) << 4 | digit(hex.charAt(2 * i + 1)));
        }
        return bytes;
    }

    static String encode(byte[] bytes) {
        char[] hex = new char[2 * bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            hex[2 * i] = DIGITS[(bytes[i] >> 4) & 0xf];
            hex[2 * i + 1] = DIGITS[bytes[i] & 0xf];
        }
        return new String(hex);
    }

    private static int digit(char c) {
        int d = Character.digit(c, 16);
        if (d < 0) {
            throw Env.panic("not a hex digit: " + c);
        }
        return d;
    }
}

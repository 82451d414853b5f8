package io.jnear.build.teavm;

import java.nio.charset.Charset;

/**
 * UTF-8 for {@code String.getBytes(Charset)} and {@code new String(byte[], …, Charset)} in contracts compiled
 * to Wasm ({@link ClassLibrarySupplement} routes them here). TeaVM's own path goes through a new
 * {@code CharsetEncoder} or {@code CharsetDecoder} and buffers for every string, and each NEAR call pays for
 * every instruction: the JSON and Borsh codecs convert strings all the time. It also differs from the JDK
 * on malformed input (it accepts overlong forms, decodes past U+10FFFF, drops unpaired surrogates), so a
 * contract would answer differently in Wasm than on the JVM. Here ill-formed input is replaced as the
 * JDK replaces it: each maximal subpart of an ill-formed byte sequence becomes one U+FFFD, each unpaired
 * surrogate one {@code ?}. ISO-8859-1 and US-ASCII are converted directly too, unmappable characters
 * replaced as the JDK replaces them; any other charset is refused ({@link UnsupportedOperationException}):
 * TeaVM's charset coders, which the other charsets would need, are some 20 KB of every contract's module.
 */
public final class Utf8 {
    private static final String UTF_8 = "UTF-8";
    private static final String LATIN_1 = "ISO-8859-1";
    private static final String ASCII = "US-ASCII";

    private Utf8() {
    }

    /**
     * The characters {@code s} encoded in {@code charset}. A string's own character array is passed (the
     * field TeaVM gives every {@code String}): reading it directly, not through {@code charAt}, saves a call
     * per character, which TeaVM does not inline.
     */
    public static byte[] encode(char[] s, Charset charset) {
        if (!UTF_8.equals(charset.name())) {
            return encodeSingleBytes(s, singleByteLimit(charset));
        }
        int length = s.length;
        int size = 0;
        for (int i = 0; i < length; i++) {
            char c = s[i];
            if (c < 0x80) {
                size++;
            } else if (c < 0x800) {
                size += 2;
            } else if (!Character.isSurrogate(c)) {
                size += 3;
            } else if (pairedAt(s, i)) {
                size += 4;
                i++;
            } else {
                size++;
            }
        }
        byte[] out = new byte[size];
        int at = 0;
        for (int i = 0; i < length; i++) {
            char c = s[i];
            if (c < 0x80) {
                out[at++] = (byte) c;
            } else if (c < 0x800) {
                out[at++] = (byte) (0xC0 | c >> 6);
                out[at++] = (byte) (0x80 | c & 0x3F);
            } else if (!Character.isSurrogate(c)) {
                out[at++] = (byte) (0xE0 | c >> 12);
                out[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[at++] = (byte) (0x80 | c & 0x3F);
            } else if (pairedAt(s, i)) {
                int codePoint = Character.toCodePoint(c, s[++i]);
                out[at++] = (byte) (0xF0 | codePoint >> 18);
                out[at++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
                out[at++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
                out[at++] = (byte) (0x80 | codePoint & 0x3F);
            } else {
                out[at++] = '?';
            }
        }
        return out;
    }

    /** Whether {@code s} has a high surrogate at {@code i} followed by a low one. */
    private static boolean pairedAt(char[] s, int i) {
        return Character.isHighSurrogate(s[i]) && i + 1 < s.length && Character.isLowSurrogate(s[i + 1]);
    }

    /** The characters of {@code bytes[offset, offset + length)} decoded from {@code charset}. */
    public static char[] decode(byte[] bytes, int offset, int length, Charset charset) {
        if (!UTF_8.equals(charset.name())) {
            // every byte is the character of the same number (the SDK's JSON reader decodes ASCII so); past
            // US-ASCII's range, U+FFFD
            int limit = singleByteLimit(charset);
            char[] out = new char[length];
            for (int i = 0; i < length; i++) {
                int b = bytes[offset + i] & 0xFF;
                out[i] = b <= limit ? (char) b : REPLACEMENT;
            }
            return out;
        }
        int end = offset + length;
        int chars = 0;
        for (int i = offset; i < end; ) {
            int sequence = sequence(bytes, i, end);
            chars += sequence == 4 ? 2 : 1;
            i += Math.abs(sequence);
        }
        char[] out = new char[chars];
        int at = 0;
        for (int i = offset; i < end; ) {
            int sequence = sequence(bytes, i, end);
            int b = bytes[i] & 0xFF;
            if (sequence < 0) {
                out[at++] = REPLACEMENT;
                i -= sequence;
            } else if (sequence == 1) {
                out[at++] = (char) b;
                i++;
            } else if (sequence == 2) {
                out[at++] = (char) ((b & 0x1F) << 6 | bytes[i + 1] & 0x3F);
                i += 2;
            } else if (sequence == 3) {
                out[at++] = (char) ((b & 0x0F) << 12 | (bytes[i + 1] & 0x3F) << 6 | bytes[i + 2] & 0x3F);
                i += 3;
            } else {
                int codePoint = (b & 0x07) << 18 | (bytes[i + 1] & 0x3F) << 12 | (bytes[i + 2] & 0x3F) << 6
                        | bytes[i + 3] & 0x3F;
                out[at++] = Character.highSurrogate(codePoint);
                out[at++] = Character.lowSurrogate(codePoint);
                i += 4;
            }
        }
        return out;
    }

    private static final char REPLACEMENT = '\uFFFD';

    /**
     * At {@code i}: the length of the well-formed UTF-8 sequence there (Unicode's table 3-7: no overlong
     * forms, no surrogates, nothing past U+10FFFF), or minus the length of the bytes the JDK replaces with
     * one U+FFFD: the maximal subpart of an ill-formed sequence (the longest prefix of a well-formed one,
     * at least one byte), except that a lead byte {@code ED} takes any continuation byte into its subpart
     * and an encoded surrogate is replaced whole.
     */
    private static int sequence(byte[] bytes, int i, int end) {
        int b = bytes[i] & 0xFF;
        if (b < 0x80) {
            return 1;
        }
        int length;
        int low = 0x80;
        int high = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            low = b == 0xE0 ? 0xA0 : 0x80;
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            low = b == 0xF0 ? 0x90 : 0x80;
            high = b == 0xF4 ? 0x8F : 0xBF;
        } else {
            return -1;
        }
        for (int k = 1; k < length; k++) {
            if (i + k >= end) {
                return -k;
            }
            int next = bytes[i + k] & 0xFF;
            if (k == 1 ? next < low || next > high : (next & 0xC0) != 0x80) {
                return -k;
            }
        }
        if (b == 0xED && (bytes[i + 1] & 0xFF) >= 0xA0) {
            return -3; // an encoded surrogate: the JDK replaces its three bytes at once
        }
        return length;
    }

    /** The highest character a single-byte charset maps: 0xFF for ISO-8859-1, 0x7F for US-ASCII. */
    private static int singleByteLimit(Charset charset) {
        if (LATIN_1.equals(charset.name())) {
            return 0xFF;
        }
        if (ASCII.equals(charset.name())) {
            return 0x7F;
        }
        throw new UnsupportedOperationException("Strings in " + charset.name() + " in a contract compiled to Wasm: "
                + "jnear's Wasm build converts UTF-8, ISO-8859-1 and US-ASCII only");
    }

    /** One byte per character up to {@code limit}; anything else, a surrogate pair included, one {@code ?}. */
    private static byte[] encodeSingleBytes(char[] s, int limit) {
        int size = 0;
        for (int i = 0; i < s.length; i++) {
            i += pairedAt(s, i) ? 1 : 0;
            size++;
        }
        byte[] out = new byte[size];
        int at = 0;
        for (int i = 0; i < s.length; i++) {
            char c = s[i];
            if (c <= limit) {
                out[at++] = (byte) c;
            } else {
                i += pairedAt(s, i) ? 1 : 0;
                out[at++] = '?';
            }
        }
        return out;
    }
}

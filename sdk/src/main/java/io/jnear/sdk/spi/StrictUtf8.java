package io.jnear.sdk.spi;

import java.nio.charset.StandardCharsets;

/**
 * UTF-8 that must be well-formed, as the SDK's JSON and Borsh readers require (serde and Borsh refuse
 * anything else), decoded without a {@code CharsetDecoder}: in a contract compiled to Wasm, the charset
 * coders and their buffers are some 20 KB of code that every call pays to load.
 */
public final class StrictUtf8 {
    private StrictUtf8() {
    }

    /**
     * The text of {@code bytes[from, from + length)}, or null when those bytes are not well-formed UTF-8.
     * The JDK's decoding replaces each ill-formed part with U+FFFD, whose encoding differs from the bytes it
     * replaced; so the bytes are well-formed exactly when encoding the text gives them back.
     */
    public static String decode(byte[] bytes, int from, int length) {
        String text = new String(bytes, from, length, StandardCharsets.UTF_8);
        byte[] again = text.getBytes(StandardCharsets.UTF_8);
        if (again.length != length) {
            return null;
        }
        for (int i = 0; i < length; i++) {
            if (again[i] != bytes[from + i]) {
                return null;
            }
        }
        return text;
    }
}

package io.jnear.build.teavm;

import java.util.Arrays;

/**
 * {@code StringBuilder.append(String)} in contracts compiled to Wasm: TeaVM's copies the string into the
 * builder a {@code charAt} call per character (TeaVM does not inline it); here the characters go in one
 * copy. {@link ClassLibrarySupplement} makes the builder's {@code append(String)} call this.
 */
public final class StringAppending {
    private StringAppending() {
    }

    /**
     * {@code buffer}, or a larger copy of it when {@code s} does not fit, with {@code s}'s characters at
     * {@code length}; the caller adds {@code s.length()} to its length.
     */
    public static char[] append(char[] buffer, int length, String s) {
        int n = s.length();
        char[] into = buffer;
        if (length + n > into.length) {
            // doubled as the JDK's builder grows, so that appending in a loop copies each character a bounded number of times
            into = Arrays.copyOf(into, Math.max(length + n, into.length * 2 + 2));
        }
        s.getChars(0, n, into, length);
        return into;
    }
}

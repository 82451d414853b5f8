package io.jnear.sdk.collections;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** The prefixes of the collections of one contract state, checked to be free of prefixes of each other. */
final class PrefixRegistry {
    private final List<byte[]> claimed = new ArrayList<>();

    private PrefixRegistry() {
    }

    /** Null if no prefix of {@code prefixes} is a prefix of another, else why not. */
    static String conflict(byte[]... prefixes) {
        // generated state codecs ask at every state load and save: the usual answer (none) allocates nothing
        if (!anyOverlap(prefixes)) {
            return null;
        }
        PrefixRegistry registry = new PrefixRegistry();
        for (byte[] prefix : prefixes) {
            String conflict = registry.claim(prefix);
            if (conflict != null) {
                return conflict;
            }
        }
        return null;
    }

    /** Records {@code prefix}; returns null, or why it clashes with a prefix recorded before. */
    String claim(byte[] prefix) {
        for (byte[] other : claimed) {
            if (startsWith(prefix, other) || startsWith(other, prefix)) {
                return "Two collections in one state use overlapping storage prefixes ("
                        + describe(other) + " and " + describe(prefix)
                        + "): give each collection a prefix that is not a prefix of another's";
            }
        }
        claimed.add(prefix);
        return null;
    }

    private static boolean anyOverlap(byte[][] prefixes) {
        for (int i = 1; i < prefixes.length; i++) {
            for (int j = 0; j < i; j++) {
                if (startsWith(prefixes[i], prefixes[j]) || startsWith(prefixes[j], prefixes[i])) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, byte[] start) {
        if (start.length > bytes.length) {
            return false;
        }
        for (int i = 0; i < start.length; i++) {
            if (bytes[i] != start[i]) {
                return false;
            }
        }
        return true;
    }

    private static String describe(byte[] prefix) {
        return "base64 " + Base64.getEncoder().encodeToString(prefix);
    }
}

package io.jnear.sdk;

import java.util.Arrays;

/**
 * An ed25519 public key, written {@code ed25519:<base58 of 32 bytes>} as NEAR does.
 */
public final class PublicKey {
    private static final String PREFIX = "ed25519:";

    private final byte[] bytes;
    private final int hashCode;

    private PublicKey(byte[] bytes) {
        this.bytes = bytes;
        this.hashCode = Arrays.hashCode(bytes);
    }

    public static PublicKey ed25519(byte[] keyBytes) {
        if (keyBytes.length != 32) {
            throw new IllegalArgumentException("An ed25519 public key has 32 bytes, not " + keyBytes.length);
        }
        return new PublicKey(keyBytes.clone());
    }

    /**
     * The key {@code text} names: {@code ed25519:} (the curve's name in any case, as near-sdk and nearcore
     * read it) or no curve at all, then the base58 of 32 bytes.
     *
     * @throws IllegalArgumentException for another curve, bad base58 or another length
     */
    public static PublicKey parse(String text) {
        boolean named = text.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
        String data = named ? text.substring(PREFIX.length()) : text;
        if (data.contains(":")) {
            throw new IllegalArgumentException("Unsupported key type in '" + text + "': only ed25519 keys");
        }
        return ed25519(Base58.decode(data));
    }

    /** The 32 key bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** Bytes the key occupies in state as NEAR counts them: a type tag and the key. */
    public int storageLength() {
        return 1 + bytes.length;
    }

    @Override
    public String toString() {
        return PREFIX + Base58.encode(bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PublicKey other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return hashCode;
    }
}

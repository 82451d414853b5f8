package io.jnear.runtime.state;

import io.jnear.sdk.Base58;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/** A 32-byte SHA-256 hash identifying a transaction, receipt or data item; printed in base58. */
public final class CryptoHash {
    private final byte[] bytes;
    private final int hashCode;

    private CryptoHash(byte[] bytes) {
        this.bytes = bytes;
        this.hashCode = Arrays.hashCode(bytes);
    }

    /** The hash of {@code parent} and {@code index}: how derived ids are made, deterministically. */
    public static CryptoHash derive(CryptoHash parent, String kind, long index) {
        MessageDigest d = sha256();
        d.update(parent.bytes);
        d.update(kind.getBytes(StandardCharsets.UTF_8));
        d.update(ByteBuffer.allocate(8).putLong(index).array());
        return new CryptoHash(d.digest());
    }

    public static CryptoHash of(byte[] data) {
        return new CryptoHash(sha256().digest(data));
    }

    public static CryptoHash of(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8));
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CryptoHash h && hashCode == h.hashCode && Arrays.equals(bytes, h.bytes);
    }

    @Override
    public int hashCode() {
        return hashCode;
    }

    @com.fasterxml.jackson.annotation.JsonValue
    @Override
    public String toString() {
        return Base58.encode(bytes);
    }

    // Looking a digest up by name costs more than hashing a few bytes; each thread keeps one.
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    private static MessageDigest sha256() {
        MessageDigest d = SHA256.get();
        d.reset();
        return d;
    }
}

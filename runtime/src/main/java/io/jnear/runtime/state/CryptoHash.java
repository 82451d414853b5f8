package io.jnear.runtime.state;

import com.fasterxml.jackson.annotation.JsonValue;
import io.jnear.sdk.Base58;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Objects;

/**
 * A 32-byte SHA-256 hash identifying a transaction, receipt or data item; printed in base58.
 *
 * <p>Derived ids ({@link #derive}) are the hash of their parent's bytes, a kind and an index. The sandbox
 * makes several per receipt but prints few, so a derived id computes its hash only when its bytes are
 * read; until then it compares by its derivation, which identifies it just as uniquely.
 */
public final class CryptoHash {
    private final CryptoHash parent;
    private final String kind;
    private final long index;
    private final int hashCode;
    private byte[] bytes;

    private CryptoHash(byte[] bytes) {
        this.parent = null;
        this.kind = null;
        this.index = 0;
        this.bytes = bytes;
        this.hashCode = Arrays.hashCode(bytes);
    }

    private CryptoHash(CryptoHash parent, String kind, long index) {
        this.parent = parent;
        this.kind = kind;
        this.index = index;
        this.hashCode = (31 * parent.hashCode + kind.hashCode()) * 31 + Long.hashCode(index);
    }

    /** The hash of {@code parent}, {@code kind} and {@code index}: how derived ids are made, deterministically. */
    public static CryptoHash derive(CryptoHash parent, String kind, long index) {
        return new CryptoHash(Objects.requireNonNull(parent), kind, index);
    }

    public static CryptoHash of(byte[] data) {
        return new CryptoHash(sha256().digest(data));
    }

    public static CryptoHash of(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The hash this one was {@link #derive derived} from, or null for a hash of data. With
     * {@link #derivationKind()} and {@link #derivationIndex()} it identifies a derived id without
     * computing its bytes (what {@link io.jnear.runtime.exec.Chain#fingerprint()} needs).
     */
    public CryptoHash derivedFrom() {
        return parent;
    }

    /** The kind a derived hash was made with; null for a hash of data. */
    public String derivationKind() {
        return kind;
    }

    /** The index a derived hash was made with; 0 for a hash of data. */
    public long derivationIndex() {
        return index;
    }

    public byte[] bytes() {
        return hash().clone();
    }

    private byte[] hash() {
        if (bytes == null) {
            MessageDigest d = sha256();
            d.update(parent.hash());
            d.update(kind.getBytes(StandardCharsets.UTF_8));
            d.update(ByteBuffer.allocate(8).putLong(index).array());
            bytes = d.digest();
        }
        return bytes;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof CryptoHash h) || hashCode != h.hashCode) {
            return false;
        }
        if (parent != null && h.parent != null) {
            return index == h.index && kind.equals(h.kind) && parent.equals(h.parent);
        }
        return Arrays.equals(hash(), h.hash());
    }

    @Override
    public int hashCode() {
        return hashCode;
    }

    @JsonValue
    @Override
    public String toString() {
        return Base58.encode(hash());
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

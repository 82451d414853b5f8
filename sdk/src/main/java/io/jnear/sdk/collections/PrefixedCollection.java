package io.jnear.sdk.collections;

import io.jnear.sdk.AccountId;
import io.jnear.sdk.borsh.BorshCodec;
import io.jnear.sdk.borsh.BorshCodecs;
import io.jnear.sdk.borsh.BorshWriter;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** What every collection shares: the storage prefix that identifies it, and key building. */
abstract class PrefixedCollection {
    private final byte[] prefix;

    PrefixedCollection(byte[] prefix) {
        Objects.requireNonNull(prefix, "prefix");
        if (prefix.length == 0) {
            // an empty prefix is a prefix of every key, so it would collide with everything else
            throw new IllegalArgumentException("A collection's storage prefix may not be empty");
        }
        this.prefix = prefix.clone();
    }

    /**
     * A copy of the storage prefix, as the contract's Borsh state stores the collection (generated code
     * writes it; contract code has no need for it).
     */
    public final byte[] storagePrefix() {
        return prefix.clone();
    }

    /**
     * Writes the collection as the contract's Borsh state stores it, as near-sdk-rs's collection of the same
     * kind serialises itself: here its prefix ({@code Vec<u8>}). Generated state codecs call it.
     */
    public void writeState(BorshWriter out) {
        out.bytes(prefix);
    }

    /**
     * {@code prefix + borsh(value)}, written in one buffer (an entry's key is built on every access, so
     * this saves encoding the value apart and copying it after the prefix).
     */
    final <T> byte[] key(BorshCodec<T> codec, T value) {
        if (codec == BorshCodecs.ACCOUNT_ID) {
            return accountKey((AccountId) value);
        }
        BorshWriter out = new BorshWriter(prefix.length + 32);
        out.raw(prefix);
        codec.write(out, value);
        return out.toBytes();
    }

    /**
     * The prefix and the Borsh of an account ID (its length as a u32, then its characters, all ASCII), made
     * in one array: account IDs key most maps, and every call looks some up.
     */
    private byte[] accountKey(AccountId id) {
        String text = id.toString();
        int length = text.length(); // at most 64: the u32 is this byte and three zeros
        byte[] out = new byte[prefix.length + 4 + length];
        System.arraycopy(prefix, 0, out, 0, prefix.length);
        out[prefix.length] = (byte) length;
        int at = prefix.length + 4;
        for (int i = 0; i < length; i++) {
            out[at + i] = (byte) text.charAt(i);
        }
        return out;
    }

    final byte[] key(byte[] suffix) {
        byte[] out = new byte[prefix.length + suffix.length];
        System.arraycopy(prefix, 0, out, 0, prefix.length);
        System.arraycopy(suffix, 0, out, prefix.length, suffix.length);
        return out;
    }

    /** {@code prefix + tag + suffix}: a sub-space of this collection named by one tag byte. */
    final byte[] key(char tag, byte[] suffix) {
        byte[] out = new byte[prefix.length + 1 + suffix.length];
        System.arraycopy(prefix, 0, out, 0, prefix.length);
        out[prefix.length] = (byte) tag;
        System.arraycopy(suffix, 0, out, prefix.length + 1, suffix.length);
        return out;
    }

    static byte[] utf8(String prefix) {
        return Objects.requireNonNull(prefix, "prefix").getBytes(StandardCharsets.UTF_8);
    }

    static <T> BorshCodec<T> required(BorshCodec<T> codec) {
        return Objects.requireNonNull(codec, "codec");
    }
}

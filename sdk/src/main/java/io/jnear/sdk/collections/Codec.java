package io.jnear.sdk.collections;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.Gas;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.PublicKey;
import io.jnear.sdk.U128;
import io.jnear.sdk.U16;
import io.jnear.sdk.U32;
import io.jnear.sdk.U64;
import io.jnear.sdk.U8;
import io.jnear.sdk.borsh.BorshCodec;
import io.jnear.sdk.borsh.BorshCodecs;
import io.jnear.sdk.spi.Json;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Turns keys or values of one Java type into the bytes a collection stores, and back.
 *
 * <p>Booleans, integers, floats, chars, strings, {@code byte[]} and the SDK's value types
 * ({@link AccountId}, {@code U128}, {@code NearToken}, {@code Gas}, {@code PublicKey}) are Borsh, as
 * near-sdk-rs stores them, so an entry costs the same bytes as a Rust contract's; other types (records,
 * lists, maps) are still JSON until the processor generates their Borsh codecs.
 */
abstract class Codec<T> {
    private final JavaType type;

    private Codec(JavaType type) {
        this.type = type;
    }

    // Codecs are immutable; a contract restores its collections on every call, so they are made once per type.
    private static final java.util.Map<JavaType, Codec<?>> KEY_CODECS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.Map<JavaType, Codec<?>> VALUE_CODECS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static final java.util.Map<Class<?>, BorshCodec<?>> BORSH = java.util.Map.ofEntries(
            java.util.Map.entry(Boolean.class, BorshCodecs.BOOLEAN),
            java.util.Map.entry(Byte.class, BorshCodecs.I8),
            java.util.Map.entry(Short.class, BorshCodecs.I16),
            java.util.Map.entry(Integer.class, BorshCodecs.I32),
            java.util.Map.entry(Long.class, BorshCodecs.I64),
            java.util.Map.entry(Float.class, BorshCodecs.F32),
            java.util.Map.entry(Double.class, BorshCodecs.F64),
            java.util.Map.entry(Character.class, BorshCodecs.CHAR),
            java.util.Map.entry(String.class, BorshCodecs.STRING),
            java.util.Map.entry(byte[].class, BorshCodecs.BYTES),
            java.util.Map.entry(AccountId.class, BorshCodecs.ACCOUNT_ID),
            java.util.Map.entry(U128.class, BorshCodecs.U128_VALUE),
            java.util.Map.entry(U64.class, BorshCodecs.U64_VALUE),
            java.util.Map.entry(U8.class, BorshCodecs.U8_VALUE),
            java.util.Map.entry(U16.class, BorshCodecs.U16_VALUE),
            java.util.Map.entry(U32.class, BorshCodecs.U32_VALUE),
            java.util.Map.entry(NearToken.class, BorshCodecs.NEAR_TOKEN),
            java.util.Map.entry(Gas.class, BorshCodecs.GAS),
            java.util.Map.entry(PublicKey.class, BorshCodecs.PUBLIC_KEY));

    /** The codec for keys of {@code type}: Borsh for the types it knows, else JSON. */
    @SuppressWarnings("unchecked")
    static <T> Codec<T> forKey(JavaType type) {
        return (Codec<T>) KEY_CODECS.computeIfAbsent(type, Codec::newCodec);
    }

    /** The codec for values of {@code type}: Borsh for the types it knows, else JSON. */
    @SuppressWarnings("unchecked")
    static <T> Codec<T> forValue(JavaType type) {
        return (Codec<T>) VALUE_CODECS.computeIfAbsent(type, Codec::newCodec);
    }

    /** The codec of {@code borsh}, for collections built with codecs rather than types. */
    static <T> Codec<T> of(BorshCodec<T> borsh) {
        return new Borsh<>(null, java.util.Objects.requireNonNull(borsh, "codec"));
    }

    /**
     * The codec of a collection created without codecs outside the creation of a contract: it has none,
     * and says so when used.
     */
    static <T> Codec<T> unbound(String collection) {
        return new Unbound<>(collection);
    }

    /**
     * The codec at {@code index} of {@code codecs} (the field's, from {@link FieldCollections}), or
     * {@link #unbound} when there are none.
     */
    @SuppressWarnings("unchecked")
    static <T> Codec<T> ofField(BorshCodec<?>[] codecs, int index, String collection) {
        return codecs == null ? unbound(collection) : of((BorshCodec<T>) codecs[index]);
    }

    private static Codec<?> newCodec(JavaType type) {
        BorshCodec<?> borsh = type.hasGenericTypes() ? null : BORSH.get(type.getRawClass());
        return borsh != null ? new Borsh<>(type, borsh) : new JsonCodec<>(type);
    }

    /** The Java type this codec reads and writes. */
    final JavaType type() {
        return type;
    }

    abstract byte[] encode(T value);

    abstract T decode(byte[] bytes);

    private static final class Borsh<T> extends Codec<T> {
        private final BorshCodec<T> codec;

        @SuppressWarnings("unchecked")
        Borsh(JavaType type, BorshCodec<?> codec) {
            super(type);
            this.codec = (BorshCodec<T>) codec;
        }

        @Override
        byte[] encode(T value) {
            return codec.encode(value);
        }

        @Override
        T decode(byte[] bytes) {
            return codec.decode(bytes);
        }
    }

    private static final class Unbound<T> extends Codec<T> {
        private final String collection;

        Unbound(String collection) {
            super(null);
            this.collection = collection;
        }

        @Override
        byte[] encode(T value) {
            throw unbound();
        }

        @Override
        T decode(byte[] bytes) {
            throw unbound();
        }

        /** Built only when thrown: state loading creates unbound collections in every call. */
        private IllegalStateException unbound() {
            return new IllegalStateException("This " + collection + " was created without codecs outside the"
                    + " creation of a contract, so it cannot read or write entries; declare it as a field of the"
                    + " contract, or pass Borsh codecs");
        }
    }

    private static final class JsonCodec<T> extends Codec<T> {
        private final ObjectWriter writer;
        private final ObjectReader reader;

        JsonCodec(JavaType type) {
            super(type);
            this.writer = Json.writer(type);
            this.reader = Json.reader(type);
        }

        @Override
        byte[] encode(T value) {
            try {
                return writer.writeValueAsBytes(value);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot encode " + type() + " as JSON: " + e.getMessage(), e);
            }
        }

        @Override
        T decode(byte[] bytes) {
            try {
                return reader.readValue(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot decode stored " + type() + ": " + e.getMessage(), e);
            }
        }
    }
}

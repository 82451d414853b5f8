package io.jnear.sdk.collections;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.spi.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Turns keys or values of one Java type into the bytes a collection stores, and back.
 *
 * <p>{@link #forKey} gives {@code String} and {@link AccountId} keys their raw UTF-8 bytes (shorter keys
 * cost less gas, and within one collection every key has the same type, so the encoding stays
 * injective); every other type, and every value, is JSON written by {@link Json#mapper()}.
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

    /** The codec for keys of {@code type}: raw UTF-8 for strings and account IDs, else JSON. */
    @SuppressWarnings("unchecked")
    static <T> Codec<T> forKey(JavaType type) {
        return (Codec<T>) KEY_CODECS.computeIfAbsent(type, Codec::newKeyCodec);
    }

    private static Codec<?> newKeyCodec(JavaType type) {
        Class<?> raw = type.getRawClass();
        if (raw == String.class) {
            return new Utf8<>(type, false);
        }
        if (raw == AccountId.class) {
            return new Utf8<>(type, true);
        }
        return new JsonCodec<>(type);
    }

    /** The codec for values of {@code type}: always JSON. */
    @SuppressWarnings("unchecked")
    static <T> Codec<T> forValue(JavaType type) {
        return (Codec<T>) VALUE_CODECS.computeIfAbsent(type, JsonCodec::new);
    }

    /** The Java type this codec reads and writes. */
    final JavaType type() {
        return type;
    }

    abstract byte[] encode(T value);

    abstract T decode(byte[] bytes);

    private static final class Utf8<T> extends Codec<T> {
        private final boolean accountId;

        Utf8(JavaType type, boolean accountId) {
            super(type);
            this.accountId = accountId;
        }

        @Override
        byte[] encode(T value) {
            return value.toString().getBytes(StandardCharsets.UTF_8);
        }

        @Override
        @SuppressWarnings("unchecked")
        T decode(byte[] bytes) {
            String text = new String(bytes, StandardCharsets.UTF_8);
            return (T) (accountId ? AccountId.of(text) : text);
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

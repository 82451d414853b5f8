package io.jnear.sdk.spi;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;

/**
 * The Jackson configuration of what still goes through Jackson JSON (collection entries created with
 * class tokens, results decoded by class); arguments, results and contract state use generated codecs
 * instead.
 *
 * <p>{@link #mapper()}: property names are snake_case (a record component {@code receiverId} is
 * {@code "receiver_id"}), unknown properties are ignored, and 128-bit amounts are decimal strings. It
 * hands out copies: an {@code ObjectMapper} is mutable ({@code registerModule}, {@code configure}), and
 * one contract must not be able to change how every other contract's values are read.
 */
public final class Json {
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new SdkTypesModule())
            .addModule(new com.fasterxml.jackson.datatype.jdk8.Jdk8Module())
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    private Json() {
    }

    /**
     * A new copy of the mapper of collection entries, made on each call (keep it); changing it changes
     * nothing else.
     */
    public static ObjectMapper mapper() {
        return MAPPER.copy();
    }

    public static ObjectReader reader(Type type) {
        return MAPPER.readerFor(MAPPER.constructType(type));
    }

    public static ObjectReader reader(TypeReference<?> type) {
        return MAPPER.readerFor(type);
    }

    public static ObjectWriter writer(Type type) {
        JavaType javaType = MAPPER.constructType(type);
        return MAPPER.writerFor(javaType);
    }

    /** Serializes {@code value} with {@link #mapper()}. */
    public static byte[] toBytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A decoder of results of type {@code type}; empty bytes decode to null. */
    public static <T> ResultDecoder<T> decoder(Type type) {
        ObjectReader reader = reader(type);
        return bytes -> {
            if (bytes == null || bytes.length == 0) {
                return null;
            }
            try {
                return reader.readValue(bytes);
            } catch (IOException e) {
                throw new IllegalArgumentException("Cannot decode result as " + type.getTypeName() + ": "
                        + e.getMessage(), e);
            }
        };
    }

    /** A decoder of results of the type {@code type} captures; empty bytes decode to null. */
    public static <T> ResultDecoder<T> decoder(TypeReference<T> type) {
        return decoder(type.getType());
    }
}

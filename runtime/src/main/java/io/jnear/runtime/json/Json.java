package io.jnear.runtime.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The Jackson configuration of the sandbox's own JSON: outcomes, RPC views and errors, and results that
 * tests decode by class. Contracts never use it (their values go through generated codecs).
 *
 * <p>{@link #mapper()}: property names are snake_case (a record component {@code receiverId} is
 * {@code "receiver_id"}), unknown properties are ignored, and the SDK's value types ({@code AccountId},
 * {@code U128}, {@code NearToken}, {@code Gas}, {@code U8}, {@code U64Number}, …) are written and read by the
 * SDK's own codecs, as contracts write and read them ({@code SdkTypesModule}). It hands out copies: an
 * {@code ObjectMapper} is mutable ({@code registerModule}, {@code configure}), and no caller may change
 * how everyone else's values are read.
 */
public final class Json {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new SdkTypesModule())
            .addModule(new com.fasterxml.jackson.datatype.jdk8.Jdk8Module())
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    private Json() {
    }

    /** A new copy of the mapper, made on each call (keep it); changing it changes nothing else. */
    public static ObjectMapper mapper() {
        return MAPPER.copy();
    }

    /** Serializes {@code value} with {@link #mapper()}. */
    public static byte[] toBytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

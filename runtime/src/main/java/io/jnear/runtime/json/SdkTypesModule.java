package io.jnear.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.Gas;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.PublicKey;
import io.jnear.sdk.U128;
import io.jnear.sdk.U16;
import io.jnear.sdk.U32;
import io.jnear.sdk.U64;
import io.jnear.sdk.U64Number;
import io.jnear.sdk.U8;
import io.jnear.sdk.json.JsonCodec;
import io.jnear.sdk.json.JsonCodecs;
import io.jnear.sdk.json.JsonException;
import io.jnear.sdk.json.JsonReader;
import io.jnear.sdk.json.JsonWriter;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * Jackson's (de)serializers of the SDK's value types, which are the SDK's own codecs ({@link JsonCodecs}, as
 * serde and near-sdk write them): what a test or the sandbox encodes with Jackson a contract reads, and what
 * a contract returns Jackson reads as the contract's codecs would. {@link U8}, {@link U16}, {@link U32} and
 * {@link U64Number} are JSON numbers; {@link U64}, {@link U128}, {@link NearToken} and {@link Gas} decimal
 * strings; {@link AccountId} and {@link PublicKey} validated strings. Whatever the codec refuses (a number for
 * an amount, a string for a {@code U8}, {@code 1.0}, {@code -0}, a value out of range) Jackson refuses with
 * the codec's message, as a {@code MismatchedInputException}. One difference is Jackson's own: a JSON
 * {@code null} is a Java {@code null} (Jackson never hands it to a deserializer), where the codecs take it
 * only for an {@code Optional}. An {@link AccountId} is also a map key, as the codecs' {@code JsonKey.ACCOUNT_ID}
 * has it: the id itself, validated.
 */
final class SdkTypesModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    SdkTypesModule() {
        super("jnear-sdk-types");
        scalar(AccountId.class, JsonCodecs.ACCOUNT_ID);
        scalar(PublicKey.class, JsonCodecs.PUBLIC_KEY);
        scalar(U128.class, JsonCodecs.U128_STRING);
        scalar(U64.class, JsonCodecs.U64_STRING);
        scalar(U64Number.class, JsonCodecs.U64_NUMBER);
        scalar(U32.class, JsonCodecs.U32_NUMBER);
        scalar(U16.class, JsonCodecs.U16_NUMBER);
        scalar(U8.class, JsonCodecs.U8_NUMBER);
        scalar(NearToken.class, JsonCodecs.NEAR_TOKEN);
        scalar(Gas.class, JsonCodecs.GAS);
        // a map keyed by account (JsonKey.ACCOUNT_ID); Jackson writes any key by its toString(), the id itself
        addKeyDeserializer(AccountId.class, new KeyDeserializer() {
            @Override
            public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
                try {
                    return AccountId.of(key);
                } catch (IllegalArgumentException e) {
                    return ctxt.handleWeirdKey(AccountId.class, key, "%s", e.getMessage());
                }
            }
        });
    }

    private <T> void scalar(Class<T> type, JsonCodec<T> codec) {
        addSerializer(type, new StdScalarSerializer<T>(type) {
            private static final long serialVersionUID = 1L;

            @Override
            public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                write(codec.encode(value), gen);
            }
        });
        addDeserializer(type, new StdScalarDeserializer<T>(type) {
            private static final long serialVersionUID = 1L;

            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                byte[] json = textOf(p, ctxt);
                try {
                    return codec.decode(json);
                } catch (JsonException | IllegalArgumentException | ArithmeticException e) {
                    return type.cast(ctxt.reportInputMismatch(this, "%s from %s: %s", type.getSimpleName(),
                            new String(json, StandardCharsets.UTF_8), e.getMessage()));
                }
            }
        });
    }

    /**
     * The codec's JSON as Jackson tokens, not raw text, so that a tree ({@code valueToTree}) holds a text or
     * number node: a string, or an integer (the only kinds the SDK's scalar codecs write).
     */
    private static void write(byte[] json, JsonGenerator gen) throws IOException {
        JsonReader in = JsonReader.of(json);
        switch (in.peek()) {
            case STRING -> gen.writeString(in.nextString());
            case NUMBER -> {
                BigInteger number = new BigInteger(in.nextNumber("an integer"));
                if (number.bitLength() < Long.SIZE) {
                    gen.writeNumber(number.longValue());
                } else {
                    gen.writeNumber(number);
                }
            }
            default -> throw new IllegalStateException("not a string or integer: " + new String(json,
                    StandardCharsets.UTF_8));
        }
    }

    /**
     * The JSON text of the value at Jackson's current token, for the codec to read: a string quoted again,
     * a number as written in the input, anything else (an object, an array, a boolean) as Jackson's tree of it.
     */
    private static byte[] textOf(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_STRING) {
            return new JsonWriter().value(p.getText()).toBytes();
        }
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            return p.getText().getBytes(StandardCharsets.UTF_8);
        }
        return ctxt.readTree(p).toString().getBytes(StandardCharsets.UTF_8);
    }
}

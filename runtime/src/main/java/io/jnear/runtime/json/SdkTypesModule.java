package io.jnear.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
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
import io.jnear.sdk.U8;
import java.io.IOException;
import java.util.function.Function;

/**
 * Direct JSON codecs for the SDK's value types (all JSON strings; amounts and gas accept numbers too).
 * They give the same JSON as the types' {@code @JsonValue}/{@code @JsonCreator} annotations, without
 * Jackson's reflective calls, which show up in every balance a contract reads or writes.
 */
final class SdkTypesModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    SdkTypesModule() {
        super("jnear-sdk-types");
        scalar(AccountId.class, AccountId::toString, AccountId::of);
        scalar(U128.class, U128::toString, U128::parse);
        scalar(U64.class, U64::toString, text -> U64.of(new java.math.BigInteger(text.trim())));
        scalar(U8.class, U8::toString, text -> U8.of(Long.parseLong(text.trim())));
        scalar(U16.class, U16::toString, text -> U16.of(Long.parseLong(text.trim())));
        scalar(U32.class, U32::toString, text -> U32.of(Long.parseLong(text.trim())));
        scalar(NearToken.class, NearToken::toYoctoString, NearToken::parse);
        scalar(Gas.class, g -> Long.toString(g.asGas()), text -> Gas.of(Long.parseLong(text.trim())));
        scalar(PublicKey.class, PublicKey::toString, PublicKey::parse);
    }

    private <T> void scalar(Class<T> type, Function<T, String> format, Function<String, T> parse) {
        addSerializer(type, new StdScalarSerializer<T>(type) {
            private static final long serialVersionUID = 1L;

            @Override
            public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(format.apply(value));
            }
        });
        addDeserializer(type, new StdScalarDeserializer<T>(type) {
            private static final long serialVersionUID = 1L;

            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                JsonToken t = p.currentToken();
                if (t != JsonToken.VALUE_STRING && t != JsonToken.VALUE_NUMBER_INT) {
                    return type.cast(ctxt.handleUnexpectedToken(type, p));
                }
                try {
                    return parse.apply(p.getText());
                } catch (IllegalArgumentException | ArithmeticException e) {
                    return type.cast(ctxt.handleWeirdStringValue(type, p.getText(), e.getMessage()));
                }
            }
        });
    }
}

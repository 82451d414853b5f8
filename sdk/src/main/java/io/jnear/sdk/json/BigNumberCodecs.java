package io.jnear.sdk.json;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The codecs of {@code BigInteger} (an integer literal of any size) and {@code BigDecimal} (any number literal).
 * They are apart from {@link JsonCodecs} so that a contract compiled to Wasm that does not take or return
 * them carries none of {@code BigInteger}'s and {@code BigDecimal}'s code: every codec {@code JsonCodecs}
 * creates stays in the module.
 */
public final class BigNumberCodecs {
    private BigNumberCodecs() {
    }

    public static final JsonCodec<BigInteger> BIG_INTEGER = new JsonCodecs.NonNull<>() {
        @Override
        public BigInteger read(JsonReader in) {
            String text = in.nextNumber("an integer");
            if (!in.lastNumberIntegral()) {
                throw in.error("invalid type: floating point `" + text + "`, expected an integer");
            }
            return new BigInteger(text);
        }

        @Override
        void writeValue(JsonWriter out, BigInteger value) {
            out.number(value.toString());
        }
    };

    public static final JsonCodec<BigDecimal> BIG_DECIMAL = new JsonCodecs.NonNull<>() {
        @Override
        public BigDecimal read(JsonReader in) {
            return new BigDecimal(in.nextNumber("a number"));
        }

        @Override
        void writeValue(JsonWriter out, BigDecimal value) {
            out.number(value.toString());
        }
    };
}

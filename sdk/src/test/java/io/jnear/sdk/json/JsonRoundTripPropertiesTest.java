package io.jnear.sdk.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jnear.sdk.U128;
import io.jnear.sdk.U64;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;

/** encode then decode is the identity, for every codec and any value. */
class JsonRoundTripPropertiesTest {
    private static <T> T roundTrip(JsonCodec<T> codec, T value) {
        return codec.decode(codec.encode(value));
    }

    @Property
    void strings(@ForAll String s) {
        assertEquals(s, roundTrip(JsonCodecs.STRING, s));
    }

    @Property
    void longs(@ForAll long n) {
        assertEquals(n, roundTrip(JsonCodecs.I64, n));
    }

    @Property
    void doubles(@ForAll double d) {
        if (Double.isFinite(d)) {
            assertEquals(d, roundTrip(JsonCodecs.F64, d));
        }
    }

    @Property
    void floats(@ForAll float f) {
        if (Float.isFinite(f)) {
            assertEquals(f, roundTrip(JsonCodecs.F32, f));
        }
    }

    @Property
    void u128s(@ForAll @BigRange(min = "0", max = "340282366920938463463374607431768211455") BigInteger n) {
        assertEquals(U128.of(n), roundTrip(JsonCodecs.U128_STRING, U128.of(n)));
    }

    @Property
    void u64s(@ForAll long bits) {
        assertEquals(U64.ofBits(bits), roundTrip(JsonCodecs.U64_STRING, U64.ofBits(bits)));
    }

    @Property
    void nestedContainers(@ForAll Map<String, List<Optional<Integer>>> map) {
        JsonCodec<Map<String, List<Optional<Integer>>>> codec = JsonCodecs.map(JsonKey.STRING,
                JsonCodecs.list(JsonCodecs.optional(JsonCodecs.I32)));
        assertEquals(map, roundTrip(codec, map));
    }

    @Property
    void integerKeys(@ForAll Map<Long, Boolean> map) {
        assertEquals(map, roundTrip(JsonCodecs.map(JsonKey.I64, JsonCodecs.BOOLEAN), map));
    }
}

package io.jnear.sdk.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jnear.sdk.U128;
import io.jnear.sdk.U64;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;

/** encode then decode is the identity, for every codec and any value serde_json itself reads back. */
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

    /**
     * Doubles serde_json reads back exactly as it writes them: at most 15 significant digits, the last one's
     * decimal exponent within -22..0 or 16..22, where serde_json (built as near-sdk builds it) multiplies or
     * divides an exact integer by an exact power of ten. Others may come back a unit in the last place apart,
     * in Rust as here ({@link SerdeNumbersTest}).
     */
    @Provide
    static Arbitrary<Double> exactDoubles() {
        return Combinators.combine(Arbitraries.longs().between(1, 999_999_999_999_999L).filter(m -> m % 10 != 0),
                Arbitraries.oneOf(Arbitraries.integers().between(-22, 0), Arbitraries.integers().between(16, 22)),
                Arbitraries.of(1.0, -1.0)).as((m, e, sign) -> sign * Double.parseDouble(m + "e" + e));
    }

    /** Floats serde reads back: as {@link #exactDoubles}, with at most 6 digits (which every float keeps). */
    @Provide
    static Arbitrary<Float> exactFloats() {
        return Combinators.combine(Arbitraries.integers().between(1, 999_999).filter(m -> m % 10 != 0),
                Arbitraries.oneOf(Arbitraries.integers().between(-22, 0), Arbitraries.integers().between(16, 22)),
                Arbitraries.of(1f, -1f)).as((m, e, sign) -> sign * Float.parseFloat(m + "e" + e));
    }

    @Property
    void doubles(@ForAll("exactDoubles") double d) {
        assertEquals(d, roundTrip(JsonCodecs.F64, d));
    }

    @Property
    void floats(@ForAll("exactFloats") float f) {
        assertEquals(f, roundTrip(JsonCodecs.F32, f));
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

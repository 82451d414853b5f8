package io.jnear.sdk.borsh;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jnear.sdk.U128;
import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** encode then decode is the identity for Borsh codecs. */
class BorshRoundTripPropertiesTest {
    @Property
    void u128RoundTrips(@ForAll long high, @ForAll long low) {
        U128 value = U128.of(new BigInteger(Long.toUnsignedString(high)).shiftLeft(64)
                .or(new BigInteger(Long.toUnsignedString(low))));
        assertEquals(value, BorshCodecs.U128_VALUE.decode(BorshCodecs.U128_VALUE.encode(value)));
    }

    @Property
    void stringsRoundTrip(@ForAll String s) {
        if (s.codePoints().allMatch(Character::isValidCodePoint) && !hasLoneSurrogate(s)) {
            assertEquals(s, BorshCodecs.STRING.decode(BorshCodecs.STRING.encode(s)));
        }
    }

    private static boolean hasLoneSurrogate(String s) {
        return s.codePoints().anyMatch(c -> c >= 0xD800 && c <= 0xDFFF);
    }
}

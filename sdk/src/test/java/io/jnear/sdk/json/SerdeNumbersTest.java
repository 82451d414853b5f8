package io.jnear.sdk.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Float arguments read to the very bits serde_json reads (near-sdk builds it without {@code float_roundtrip}).
 * Each row is serde_json 1.0.150's {@code f64} and {@code f32} for the text ({@code ERR}: refused); the
 * codecs matched it on 200,000 varied numbers too.
 */
class SerdeNumbersTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "8.361631922900489e-11, 3dd6fbf9b24cfecd, 2eb7dfce",   // the nearest double ends in ...ce
        "3e210, 6ba2401f64e5d0cc, 7f800000",                   // the nearest double ends in ...cd
        "2.6018159083e-292, 0364c56fbd81d7e8, 00000000",
        "7.50567638129e-15, 3d00e6ba54981afc, 280735d3",
        "18446744073709551616, 43f0000000000000, 5f800000",    // past u64: its last digit dropped, times 10
        "123456789012345678901234567890, 45f8ee90ff6c373e, 6fc77488",
        "1.7976931348623157e308, 7fefffffffffffff, 7f800000",  // an f32 beyond its range is infinite
        "0e999999999999, 0000000000000000, 00000000",          // an exponent past i32: zero ...
        "-1e-99999999999, 8000000000000000, 80000000",
        "1e999999999999, ERR, ERR",                            // ... or out of range
        "16777217, 4170000010000000, 4b800000",                // an integer literal straight to f32
        "4.9e-324, 0000000000000001, 00000000",
    })
    void floatsReadAsSerdeJsonReadsThem(String json, String f64, String f32) {
        byte[] text = json.getBytes(StandardCharsets.UTF_8);
        assertEquals(f64, bits(() -> String.format("%016x", Double.doubleToRawLongBits(JsonCodecs.F64.decode(text)))));
        assertEquals(f32, bits(() -> String.format("%08x", Float.floatToRawIntBits(JsonCodecs.F32.decode(text)))));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"8.361631922900489e-11", "3e210", "2.6018159083e-292"})
    void whereSerdeJsonIsNotExactItDiffersFromParseDouble(String json) {
        assertNotEquals(Double.parseDouble(json), JsonCodecs.F64.decode(json.getBytes(StandardCharsets.UTF_8)));
    }

    @org.junit.jupiter.api.Test
    void serdeJsonItselfDoesNotReadBackEveryDoubleItWrites() {
        double written = Double.longBitsToDouble(0x42d47ae147ae1482L);
        byte[] text = JsonCodecs.F64.encode(written);

        assertEquals("90071992547410.03", new String(text, StandardCharsets.UTF_8));
        // serde_json 1.0.150 reads that text as ...83: a contract sees the value one unit up
        assertEquals(0x42d47ae147ae1483L, Double.doubleToRawLongBits(JsonCodecs.F64.decode(text)));
    }

    private interface Bits {
        String get();
    }

    private static String bits(Bits bits) {
        try {
            return bits.get();
        } catch (JsonException e) {
            return "ERR";
        }
    }
}

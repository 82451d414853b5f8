package io.jnear.runtime.json;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
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
import io.jnear.sdk.json.JsonKey;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sandbox's Jackson mapper ({@link Json#mapper()}) writes and reads every SDK value type as the SDK's
 * codecs ({@link JsonCodecs}) do, which is what a contract reads and writes: the same text for the same value,
 * the same value from the same text, and the same inputs refused.
 */
class SdkTypesModuleTest {
    private static final BigInteger U128_MAX = BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE);

    private record Type<T>(Class<T> type, JsonCodec<T> codec) {
    }

    private static final Map<String, Type<?>> TYPES = Map.of(
            "AccountId", new Type<>(AccountId.class, JsonCodecs.ACCOUNT_ID),
            "PublicKey", new Type<>(PublicKey.class, JsonCodecs.PUBLIC_KEY),
            "U128", new Type<>(U128.class, JsonCodecs.U128_STRING),
            "U64", new Type<>(U64.class, JsonCodecs.U64_STRING),
            "U64Number", new Type<>(U64Number.class, JsonCodecs.U64_NUMBER),
            "U32", new Type<>(U32.class, JsonCodecs.U32_NUMBER),
            "U16", new Type<>(U16.class, JsonCodecs.U16_NUMBER),
            "U8", new Type<>(U8.class, JsonCodecs.U8_NUMBER),
            "NearToken", new Type<>(NearToken.class, JsonCodecs.NEAR_TOKEN),
            "Gas", new Type<>(Gas.class, JsonCodecs.GAS));

    private final ObjectMapper json = Json.mapper();

    /** The values at each type's edges, and in between, with the JSON serde writes for them. */
    private static final List<Object[]> WRITTEN = List.of(
            new Object[] {AccountId.of("aa"), "\"aa\""},
            new Object[] {AccountId.of("a".repeat(64)), "\"" + "a".repeat(64) + "\""},
            new Object[] {PublicKey.ed25519(new byte[32]), "\"ed25519:" + "1".repeat(32) + "\""},
            new Object[] {U128.ZERO, "\"0\""},
            new Object[] {U128.MAX, "\"" + U128_MAX + "\""},
            new Object[] {U64.of(0), "\"0\""},
            new Object[] {U64.ofBits(-1L), "\"18446744073709551615\""},
            new Object[] {U64Number.ZERO, "0"},
            new Object[] {U64Number.of(Long.MAX_VALUE), "9223372036854775807"},
            new Object[] {U64Number.MAX, "18446744073709551615"},
            new Object[] {U32.ZERO, "0"},
            new Object[] {U32.MAX, "4294967295"},
            new Object[] {U16.ZERO, "0"},
            new Object[] {U16.MAX, "65535"},
            new Object[] {U8.ZERO, "0"},
            new Object[] {U8.MAX, "255"},
            new Object[] {NearToken.ZERO, "\"0\""},
            new Object[] {NearToken.ofYocto(U128_MAX), "\"" + U128_MAX + "\""},
            new Object[] {Gas.ZERO, "\"0\""},
            new Object[] {Gas.of(Long.MAX_VALUE), "\"9223372036854775807\""});

    @Test
    void jacksonWritesWhatTheCodecWrites() throws IOException {
        for (Object[] row : WRITTEN) {
            Object value = row[0];
            String expected = (String) row[1];
            assertEquals(expected, codecText(value), value.getClass().getSimpleName());
            assertEquals(expected, json.writeValueAsString(value), value.getClass().getSimpleName());
            assertEquals(value, json.readValue(expected, value.getClass()), value.getClass().getSimpleName());
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> String codecText(T value) {
        JsonCodec<T> codec = (JsonCodec<T>) TYPES.get(value.getClass().getSimpleName()).codec();
        return new String(codec.encode(value), StandardCharsets.UTF_8);
    }

    /**
     * {@code expected}: what the codec makes of {@code input}, written back by the codec, or "refused"; Jackson
     * must give the same value or refuse too.
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        U8 | 0 | 0
        U8 | 255 | 255
        U8 | 256 | refused
        U8 | -1 | refused
        U8 | -0 | refused
        U8 | 1.0 | refused
        U8 | 2e1 | refused
        U8 | "255" | refused
        U8 | true | refused
        U8 | [1] | refused
        U8 | {} | refused
        U16 | 0 | 0
        U16 | 65535 | 65535
        U16 | 65536 | refused
        U16 | -1 | refused
        U16 | "1" | refused
        U32 | 0 | 0
        U32 | 4294967295 | 4294967295
        U32 | 4294967296 | refused
        U32 | -1 | refused
        U32 | 0.5 | refused
        U32 | "4294967295" | refused
        U64Number | 0 | 0
        U64Number | 9223372036854775808 | 9223372036854775808
        U64Number | 18446744073709551615 | 18446744073709551615
        U64Number | 18446744073709551616 | refused
        U64Number | 100000000000000000000 | refused
        U64Number | -1 | refused
        U64Number | -0 | refused
        U64Number | 1e3 | refused
        U64Number | "1" | refused
        U64 | "0" | "0"
        U64 | "18446744073709551615" | "18446744073709551615"
        U64 | "+7" | "7"
        U64 | "18446744073709551616" | refused
        U64 | "-1" | refused
        U64 | " 1" | refused
        U64 | "" | refused
        U64 | 1 | refused
        U128 | "0" | "0"
        U128 | "340282366920938463463374607431768211455" | "340282366920938463463374607431768211455"
        U128 | "340282366920938463463374607431768211456" | refused
        U128 | "1.0" | refused
        U128 | "1e3" | refused
        U128 | 5 | refused
        NearToken | "0" | "0"
        NearToken | "340282366920938463463374607431768211455" | "340282366920938463463374607431768211455"
        NearToken | "340282366920938463463374607431768211456" | refused
        NearToken | 1000 | refused
        NearToken | "1 " | refused
        Gas | "0" | "0"
        Gas | "9223372036854775807" | "9223372036854775807"
        Gas | "9223372036854775808" | refused
        Gas | 300000000000000 | refused
        AccountId | "aa" | "aa"
        AccountId | "alice.near" | "alice.near"
        AccountId | "a" | refused
        AccountId | "Bob.near" | refused
        AccountId | "" | refused
        AccountId | 5 | refused
        PublicKey | "ed25519:11111111111111111111111111111111" | "ed25519:11111111111111111111111111111111"
        PublicKey | "ed25519:" | refused
        PublicKey | "rsa:11111111111111111111111111111111" | refused
        PublicKey | {"key_type":0} | refused
        """)
    void jacksonReadsWhatTheCodecReads(String typeName, String input, String expected) {
        Type<?> type = TYPES.get(typeName);
        assertReadsAlike(type, input, expected);
    }

    private <T> void assertReadsAlike(Type<T> type, String input, String expected) {
        byte[] bytes = input.getBytes(StandardCharsets.UTF_8);
        if (expected.equals("refused")) {
            assertThrows(JsonException.class, () -> type.codec().decode(bytes));
            MismatchedInputException e = assertThrows(MismatchedInputException.class,
                    () -> json.readValue(input, type.type()));
            assertTrue(e.getOriginalMessage().startsWith(type.type().getSimpleName() + " from " + input + ": "),
                    e.getOriginalMessage());
        } else {
            T fromCodec = type.codec().decode(bytes);
            assertEquals(expected, new String(type.codec().encode(fromCodec), StandardCharsets.UTF_8));
            T fromJackson = assertDoesNotThrow(() -> json.readValue(input, type.type()));
            assertEquals(fromCodec, fromJackson);
        }
    }

    record Amounts(U8 decimals, U64Number nonce, U128 supply, Gas gas, AccountId owner) {
    }

    @Test
    void fieldsOfARecordAreWrittenAndReadAsTheCodecsDo() throws IOException {
        Amounts amounts = new Amounts(U8.MAX, U64Number.MAX, U128.MAX, Gas.tgas(5), AccountId.of("alice.near"));
        String text = "{\"decimals\":255,\"nonce\":18446744073709551615,\"supply\":\"" + U128_MAX
                + "\",\"gas\":\"5000000000000\",\"owner\":\"alice.near\"}";

        assertEquals(text, json.writeValueAsString(amounts));
        assertEquals(amounts, json.readValue(text, Amounts.class));
        assertThrows(MismatchedInputException.class,
                () -> json.readValue(text.replace("\"decimals\":255", "\"decimals\":\"255\""), Amounts.class));
        assertThrows(MismatchedInputException.class,
                () -> json.readValue(text.replace("\"gas\":\"5000000000000\"", "\"gas\":5000000000000"),
                        Amounts.class));
        assertEquals("{\"decimals\":null,\"nonce\":null,\"supply\":null,\"gas\":null,\"owner\":null}",
                json.writeValueAsString(new Amounts(null, null, null, null, null)));
    }

    @Test
    void treesHoldNumbersAndTextAsTheCodecsWriteThem() {
        JsonNode u8 = json.valueToTree(U8.MAX);
        JsonNode u64 = json.valueToTree(U64Number.MAX);
        JsonNode supply = json.valueToTree(U128.MAX);

        assertTrue(u8.isIntegralNumber());
        assertEquals(255, u8.intValue());
        assertTrue(u64.isBigInteger());
        assertEquals(new BigInteger("18446744073709551615"), u64.bigIntegerValue());
        assertTrue(supply.isTextual());
        assertEquals(U128_MAX.toString(), supply.textValue());
        assertEquals(U64Number.MAX, json.convertValue(u64, U64Number.class));
    }

    @Test
    void accountKeyedMapsAreTheCodecsMaps() throws IOException {
        JsonCodec<Map<AccountId, U128>> codec = JsonCodecs.map(JsonKey.ACCOUNT_ID, JsonCodecs.U128_STRING);
        TypeReference<Map<AccountId, U128>> type = new TypeReference<>() {
        };
        Map<AccountId, U128> balances = new TreeMap<>(Map.of(AccountId.of("aa"), U128.ZERO,
                AccountId.of("bob.near"), U128.MAX));
        String text = "{\"aa\":\"0\",\"bob.near\":\"" + U128_MAX + "\"}";

        assertEquals(text, new String(codec.encode(balances), StandardCharsets.UTF_8));
        assertEquals(text, json.writeValueAsString(balances));
        assertEquals(balances, codec.decode(text.getBytes(StandardCharsets.UTF_8)));
        assertEquals(balances, json.readValue(text, type));
        String badKey = "{\"Bob\":\"1\"}";
        assertThrows(JsonException.class, () -> codec.decode(badKey.getBytes(StandardCharsets.UTF_8)));
        assertThrows(InvalidFormatException.class, () -> json.readValue(badKey, type));
    }

    /** Jackson's own convention, kept: a JSON null is a Java null, and a null is written as null, for every type. */
    @ParameterizedTest
    @ValueSource(strings = {"AccountId", "PublicKey", "U128", "U64", "U64Number", "U32", "U16", "U8", "NearToken",
        "Gas"})
    void nullIsJacksonsNull(String typeName) throws IOException {
        Type<?> type = TYPES.get(typeName);

        assertNull(json.readValue("null", type.type()));
        assertInstanceOf(JsonException.class, assertThrows(RuntimeException.class,
                () -> type.codec().decode("null".getBytes(StandardCharsets.UTF_8))));
        assertEquals("null", new String(encodeNull(type.codec()), StandardCharsets.UTF_8));
    }

    private static <T> byte[] encodeNull(JsonCodec<T> codec) {
        return codec.encode(null);
    }
}

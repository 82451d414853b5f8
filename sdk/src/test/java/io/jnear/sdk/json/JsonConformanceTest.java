package io.jnear.sdk.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The serde conformance table: for every type the codecs support, JSON inputs and the Java value they
 * decode to, or a refusal, as serde_json (with near-sdk's types) reads them. {@link SerdeJsonTableTest}
 * holds the rows taken from serde_json itself; this table names the Java values, covers the Java types
 * that have no serde counterpart of their own (arrays, the JDK's collection types, {@code BigInteger},
 * {@code BigDecimal}) and lists where jnear deliberately differs.
 */
class JsonConformanceTest {
    private enum Color { RED, GREEN }

    private static final JsonCodec<Color> COLOR = JsonCodecs.enumeration("Color", Color.values());
    private static final PublicKey KEY = PublicKey.ed25519(new byte[32]);
    private static final String KEY_BASE58 = KEY.toString().substring("ed25519:".length());

    private static Arguments ok(String name, JsonCodec<?> codec, String json, Object value) {
        return Arguments.of(name, codec, json, value);
    }

    private static Arguments no(String name, JsonCodec<?> codec, String json) {
        return Arguments.of(name, codec, json);
    }

    static Stream<Arguments> accepted() {
        return Stream.of(
                ok("bool", JsonCodecs.BOOLEAN, "true", true),
                ok("bool", JsonCodecs.BOOLEAN, " false\n", false),
                ok("i8", JsonCodecs.I8, "-128", (byte) -128),
                ok("i16", JsonCodecs.I16, "32767", (short) 32767),
                ok("i32", JsonCodecs.I32, "-2147483648", Integer.MIN_VALUE),
                ok("i32", JsonCodecs.I32, "0", 0),
                ok("i64", JsonCodecs.I64, "9223372036854775807", Long.MAX_VALUE),
                ok("f64", JsonCodecs.F64, "1.5e3", 1500.0),
                ok("f64", JsonCodecs.F64, "7", 7.0),
                ok("f32", JsonCodecs.F32, "0.25", 0.25f),
                ok("char", JsonCodecs.CHAR, "\"\\u00e9\"", 'é'),
                ok("string", JsonCodecs.STRING, "\"a\\\"b\\\\c\\/d\\n\"", "a\"b\\c/d\n"),
                ok("string", JsonCodecs.STRING, "\"\\ud83d\\ude00 \u00fc\"", "\ud83d\ude00 ü"),
                ok("big integer", BigNumberCodecs.BIG_INTEGER, "123456789012345678901234567890",
                        new BigInteger("123456789012345678901234567890")),
                ok("big decimal", BigNumberCodecs.BIG_DECIMAL, "-1.25e-3", new BigDecimal("-1.25e-3")),
                ok("U128", JsonCodecs.U128_STRING, "\"340282366920938463463374607431768211455\"", U128.MAX),
                ok("U128", JsonCodecs.U128_STRING, "\"+5\"", U128.of(5)),
                ok("u8", JsonCodecs.U8_NUMBER, "255", U8.MAX),
                ok("u16", JsonCodecs.U16_NUMBER, "0", U16.ZERO),
                ok("u32", JsonCodecs.U32_NUMBER, "4294967295", U32.MAX),
                ok("U64", JsonCodecs.U64_STRING, "\"18446744073709551615\"", U64.MAX),
                ok("U64", JsonCodecs.U64_STRING, "\"0\"", U64.ZERO),
                ok("NearToken", JsonCodecs.NEAR_TOKEN, "\"1000000000000000000000000\"", NearToken.near(1)),
                ok("Gas", JsonCodecs.GAS, "\"5000000000000\"", Gas.tgas(5)),
                ok("AccountId", JsonCodecs.ACCOUNT_ID, "\"alice.near\"", AccountId.of("alice.near")),
                ok("Optional", JsonCodecs.optional(JsonCodecs.I32), "null", Optional.empty()),
                ok("Optional", JsonCodecs.optional(JsonCodecs.I32), "3", Optional.of(3)),
                ok("Void", JsonCodecs.VOID, "null", null),
                ok("list", JsonCodecs.list(JsonCodecs.I32), "[1, 2 ,3]", List.of(1, 2, 3)),
                ok("list", JsonCodecs.list(JsonCodecs.I32), "[]", List.of()),
                ok("set", JsonCodecs.set(JsonCodecs.STRING), "[\"a\",\"a\",\"b\"]", Set.of("a", "b")),
                ok("map", JsonCodecs.map(JsonKey.STRING, JsonCodecs.I32), "{\"a\":1,\"b\":2,\"a\":3}",
                        Map.of("a", 3, "b", 2)),
                ok("map", JsonCodecs.map(JsonKey.I32, JsonCodecs.BOOLEAN), "{\"-7\":true}", Map.of(-7, true)),
                ok("map", JsonCodecs.map(JsonKey.enumeration(Color.values()), JsonCodecs.I32), "{\"RED\":1}",
                        Map.of(Color.RED, 1)),
                ok("enum", COLOR, "\"GREEN\"", Color.GREEN),
                ok("enum", COLOR, "{\"RED\":null}", Color.RED), // serde's externally tagged unit variant
                ok("i64", JsonCodecs.I64, "-9223372036854775808", Long.MIN_VALUE),
                ok("u8", JsonCodecs.U8_NUMBER, "0", U8.ZERO),
                ok("u64", JsonCodecs.U64_NUMBER, "18446744073709551615", U64Number.MAX),
                ok("u64", JsonCodecs.U64_NUMBER, "9223372036854775808", U64Number.ofBits(Long.MIN_VALUE)),
                ok("u64", JsonCodecs.U64_NUMBER, "0", U64Number.ZERO),
                ok("f32", JsonCodecs.F32, "1e39", Float.POSITIVE_INFINITY), // serde narrows the f64: inf
                ok("f32", JsonCodecs.F32, "-1e39", Float.NEGATIVE_INFINITY),
                ok("PublicKey", JsonCodecs.PUBLIC_KEY, "\"ed25519:" + KEY_BASE58 + "\"", KEY),
                ok("PublicKey", JsonCodecs.PUBLIC_KEY, "\"ED25519:" + KEY_BASE58 + "\"", KEY), // curve in any case
                ok("PublicKey", JsonCodecs.PUBLIC_KEY, "\"" + KEY_BASE58 + "\"", KEY),        // ed25519 by default
                ok("Base64VecU8", JsonCodecs.BASE64, "\"AQI=\"", new byte[] {1, 2}),
                ok("Base64VecU8", JsonCodecs.BASE64, "\"\"", new byte[0]),
                ok("array", JsonCodecs.array(JsonCodecs.STRING, String[]::new), "[\"a\",\"b\"]",
                        new String[] {"a", "b"}),
                ok("Collection", JsonCodecs.collection(JsonCodecs.I32), "[2,1,2]", List.of(2, 1, 2)),
                ok("SortedSet", JsonCodecs.sortedSet(JsonCodecs.I32), "[3,1,3]", new TreeSet<>(List.of(1, 3))),
                ok("LinkedList", JsonCodecs.collectionOf(JsonCodecs.I32, LinkedList::new), "[3,1]",
                        new LinkedList<>(List.of(3, 1))),
                ok("SortedMap", JsonCodecs.sortedMap(JsonKey.STRING, JsonCodecs.I32), "{\"b\":1,\"a\":2}",
                        new TreeMap<>(Map.of("a", 2, "b", 1))),
                ok("TreeMap", JsonCodecs.mapOf(JsonKey.I64, JsonCodecs.I32, TreeMap::new),
                        "{\"-9223372036854775808\":1}", new TreeMap<>(Map.of(Long.MIN_VALUE, 1))),
                ok("map", JsonCodecs.map(JsonKey.ACCOUNT_ID, JsonCodecs.I32), "{\"bob.near\":1}",
                        Map.of(AccountId.of("bob.near"), 1)),
                ok("big decimal", BigNumberCodecs.BIG_DECIMAL, "7", new BigDecimal("7")),
                ok("big integer", BigNumberCodecs.BIG_INTEGER, "-0", BigInteger.ZERO));
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                no("bool", JsonCodecs.BOOLEAN, "0"),
                no("bool", JsonCodecs.BOOLEAN, "\"true\""),
                no("bool", JsonCodecs.BOOLEAN, "null"),
                no("bool", JsonCodecs.BOOLEAN, "True"),
                no("i8", JsonCodecs.I8, "128"),
                no("i32", JsonCodecs.I32, "\"7\""),
                no("i32", JsonCodecs.I32, "1.5"),
                no("i32", JsonCodecs.I32, "1.0"),
                no("i32", JsonCodecs.I32, "1e3"),
                no("i32", JsonCodecs.I32, "null"),
                no("i32", JsonCodecs.I32, "2147483648"),
                no("i32", JsonCodecs.I32, "07"),
                no("i32", JsonCodecs.I32, "+7"),
                no("i32", JsonCodecs.I32, ".5"),
                no("i32", JsonCodecs.I32, "7 8"),
                no("i32", JsonCodecs.I32, ""),
                no("i64", JsonCodecs.I64, "9223372036854775808"),
                no("f64", JsonCodecs.F64, "\"1\""),
                no("f64", JsonCodecs.F64, "1e400"),
                no("f64", JsonCodecs.F64, "NaN"),
                no("f64", JsonCodecs.F64, "1."),
                no("char", JsonCodecs.CHAR, "\"ab\""),
                no("string", JsonCodecs.STRING, "5"),
                no("string", JsonCodecs.STRING, "null"),
                no("string", JsonCodecs.STRING, "'a'"),
                no("string", JsonCodecs.STRING, "\"\\ud800\""),
                no("string", JsonCodecs.STRING, "\"\\x\""),
                no("string", JsonCodecs.STRING, "\"tab\there\""),
                no("string", JsonCodecs.STRING, "\"open"),
                no("big integer", BigNumberCodecs.BIG_INTEGER, "1.5"),
                no("U128", JsonCodecs.U128_STRING, "5"),
                no("U128", JsonCodecs.U128_STRING, "\"-1\""),
                no("U128", JsonCodecs.U128_STRING, "\" 5\""),
                no("U128", JsonCodecs.U128_STRING, "\"\""),
                no("U128", JsonCodecs.U128_STRING, "\"0x10\""),
                no("U128", JsonCodecs.U128_STRING, "\"340282366920938463463374607431768211456\""),
                no("u8", JsonCodecs.U8_NUMBER, "256"),
                no("u8", JsonCodecs.U8_NUMBER, "-1"),
                no("u16", JsonCodecs.U16_NUMBER, "65536"),
                no("u32", JsonCodecs.U32_NUMBER, "-0.5"),
                no("u32", JsonCodecs.U32_NUMBER, "\"7\""),
                no("u32", JsonCodecs.U32_NUMBER, "4294967296"),
                no("U64", JsonCodecs.U64_STRING, "5"),
                no("U64", JsonCodecs.U64_STRING, "\"18446744073709551616\""),
                no("U64", JsonCodecs.U64_STRING, "\"-1\""),
                no("NearToken", JsonCodecs.NEAR_TOKEN, "1"),
                no("NearToken", JsonCodecs.NEAR_TOKEN, "\"1 NEAR\""),
                no("Gas", JsonCodecs.GAS, "5000000000000"),
                no("Gas", JsonCodecs.GAS, "\"18446744073709551616\""),
                no("AccountId", JsonCodecs.ACCOUNT_ID, "\"Alice\""),
                no("AccountId", JsonCodecs.ACCOUNT_ID, "null"),
                no("Optional", JsonCodecs.optional(JsonCodecs.I32), "\"3\""),
                no("Void", JsonCodecs.VOID, "0"),
                no("list", JsonCodecs.list(JsonCodecs.I32), "[1,]"),
                no("list", JsonCodecs.list(JsonCodecs.I32), "[1 2]"),
                no("list", JsonCodecs.list(JsonCodecs.I32), "[1"),
                no("list", JsonCodecs.list(JsonCodecs.I32), "{}"),
                no("list", JsonCodecs.list(JsonCodecs.I32), "null"),
                no("map", JsonCodecs.map(JsonKey.STRING, JsonCodecs.I32), "{\"a\":1,}"),
                no("map", JsonCodecs.map(JsonKey.STRING, JsonCodecs.I32), "{a:1}"),
                no("map", JsonCodecs.map(JsonKey.I32, JsonCodecs.I32), "{\"x\":1}"),
                no("map", JsonCodecs.map(JsonKey.I32, JsonCodecs.I32), "{\"1.0\":1}"),
                no("enum", COLOR, "\"BLUE\""),
                no("enum", COLOR, "0"),
                no("nesting", JsonCodecs.list(JsonCodecs.I32), "[".repeat(200) + "]".repeat(200)),
                // serde_json reads -0 as the float -0.0, which no integer type takes, nor an integer key
                no("i32", JsonCodecs.I32, "-0"),
                no("i64", JsonCodecs.I64, "-0"),
                no("u8", JsonCodecs.U8_NUMBER, "-0"),
                no("map", JsonCodecs.map(JsonKey.I32, JsonCodecs.I32), "{\"-0\":1}"),
                // an integer key is the bare number between the quotes
                no("map", JsonCodecs.map(JsonKey.I32, JsonCodecs.I32), "{\" 7\":1}"),
                no("map", JsonCodecs.map(JsonKey.I32, JsonCodecs.I32), "{\"7 \":1}"),
                no("map", JsonCodecs.map(JsonKey.I32, JsonCodecs.I32), "{\"\\u0037\":1}"),
                no("map", JsonCodecs.map(JsonKey.I64, JsonCodecs.I32), "{\"9223372036854775808\":1}"),
                no("map", JsonCodecs.map(JsonKey.ACCOUNT_ID, JsonCodecs.I32), "{\"Bob\":1}"),
                no("i16", JsonCodecs.I16, "32768"),
                no("u64", JsonCodecs.U64_NUMBER, "18446744073709551616"),
                no("u64", JsonCodecs.U64_NUMBER, "-1"),
                no("u64", JsonCodecs.U64_NUMBER, "\"5\""),
                no("i8", JsonCodecs.I8, "-129"),
                no("f32", JsonCodecs.F32, "1e400"),
                no("Base64VecU8", JsonCodecs.BASE64, "\"AQI\""),  // STANDARD requires the padding
                no("Base64VecU8", JsonCodecs.BASE64, "\"AQJ=\""), // and zero bits after the last byte
                no("Base64VecU8", JsonCodecs.BASE64, "\"-_8=\""), // URL-safe alphabet
                no("Base64VecU8", JsonCodecs.BASE64, "[1,2]"),
                no("PublicKey", JsonCodecs.PUBLIC_KEY, "\"ed25519:" + KEY_BASE58.substring(1) + "\""),
                no("PublicKey", JsonCodecs.PUBLIC_KEY, "\"ed448:" + KEY_BASE58 + "\""),
                no("PublicKey", JsonCodecs.PUBLIC_KEY, "\"ed25519:0OIl\""),
                no("array", JsonCodecs.array(JsonCodecs.STRING, String[]::new), "[\"a\",1]"),
                no("SortedSet", JsonCodecs.sortedSet(JsonCodecs.I32), "[1,null]"),
                no("SortedMap", JsonCodecs.sortedMap(JsonKey.STRING, JsonCodecs.I32), "[[\"a\",1]]"),
                no("enum", COLOR, "{\"RED\":[]}"),
                no("enum", COLOR, "{\"RED\":null,\"GREEN\":null}"),
                no("enum", COLOR, "{}"),
                no("big decimal", BigNumberCodecs.BIG_DECIMAL, "\"1\""),
                no("big decimal", BigNumberCodecs.BIG_DECIMAL, "1."),
                no("big integer", BigNumberCodecs.BIG_INTEGER, "1e3"));
    }

    /**
     * Where jnear refuses what serde accepts, because the Java type cannot hold the value: a Java
     * {@code char} is one UTF-16 unit (Rust's is a code point), and {@link Gas} holds a {@code long}, so
     * 2^63 gas and more (beyond anything NEAR attaches: 1 PGas is about 2^50) is not an amount of gas.
     */
    static Stream<Arguments> deliberateDifferences() {
        return Stream.of(
                no("char", JsonCodecs.CHAR, "\"\\ud83d\\ude00\""),
                no("Gas", JsonCodecs.GAS, "\"9223372036854775808\""),
                no("Gas", JsonCodecs.GAS, "\"18446744073709551615\""));
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("accepted")
    void readsWhatSerdeReads(String type, JsonCodec<?> codec, String json, Object value) {
        Object decoded = codec.decode(json.getBytes(StandardCharsets.UTF_8));
        if (value instanceof Object[] || value instanceof byte[]) {
            assertTrue(java.util.Objects.deepEquals(value, decoded), type + " " + json);
        } else {
            assertEquals(value, decoded);
        }
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource({"refused", "deliberateDifferences"})
    void refusesWhatSerdeRefuses(String type, JsonCodec<?> codec, String json) {
        assertThrows(JsonException.class, () -> codec.decode(json.getBytes(StandardCharsets.UTF_8)));
    }

    @org.junit.jupiter.api.Test
    void refusesInvalidUtf8InStrings() {
        byte[] json = {'"', (byte) 0xC3, (byte) 0x28, '"'};
        assertThrows(JsonException.class, () -> JsonCodecs.STRING.decode(json));
    }

    @org.junit.jupiter.api.Test
    void writesAsSerdeWrites() {
        assertEquals("\"a\\\"b\\\\c/d\\n\\u0001\u00e9\"", new String(JsonCodecs.STRING.encode("a\"b\\c/d\n\u0001é"),
                StandardCharsets.UTF_8));
        assertEquals("[1.0,0.1,1e+20,1e+16,1000000000000000.0,0.0001,1e-7,-2.5,null]",
                new String(JsonCodecs.list(JsonCodecs.F64).encode(java.util.Arrays.asList(1.0, 0.1, 1e20, 1e16, 1e15,
                        0.0001, 1e-7, -2.5, Double.NaN)), StandardCharsets.UTF_8));
        assertEquals("{\"7\":\"340282366920938463463374607431768211455\"}", new String(
                JsonCodecs.map(JsonKey.I32, JsonCodecs.U128_STRING).encode(Map.of(7, U128.MAX)), StandardCharsets.UTF_8));
        assertEquals("null", new String(JsonCodecs.optional(JsonCodecs.I32).encode(Optional.empty()),
                StandardCharsets.UTF_8));
        assertArrayEquals("\"AQI=\"".getBytes(StandardCharsets.UTF_8), JsonCodecs.BASE64.encode(new byte[] {1, 2}));
    }

    @org.junit.jupiter.api.Test
    void createsTheDeclaredCollectionTypes() {
        byte[] items = "[3,1]".getBytes(StandardCharsets.UTF_8);
        assertEquals(LinkedList.class, JsonCodecs.collectionOf(JsonCodecs.I32, LinkedList::new).decode(items).getClass());
        assertEquals(TreeSet.class, JsonCodecs.sortedSet(JsonCodecs.I32).decode(items).getClass());
        assertEquals(List.of(1, 3), List.copyOf(JsonCodecs.sortedSet(JsonCodecs.I32).decode(items)));
        assertEquals(TreeMap.class, JsonCodecs.mapOf(JsonKey.STRING, JsonCodecs.I32, TreeMap::new)
                .decode("{\"b\":1}".getBytes(StandardCharsets.UTF_8)).getClass());
    }

    /** {@code depth} lists nested in each other, around one integer. */
    private static JsonCodec<?> nestedLists(int depth) {
        JsonCodec<?> codec = JsonCodecs.I32;
        for (int i = 0; i < depth; i++) {
            codec = JsonCodecs.list(codec);
        }
        return codec;
    }

    @org.junit.jupiter.api.Test
    void valuesNestAtMost127LevelsAsSerdeJsonsRecursionLimitAllows() {
        String deepest = "[".repeat(127) + "7" + "]".repeat(127);
        assertEquals(deepest, new String(((JsonCodec<Object>) nestedLists(127)).encode(
                nestedLists(127).decode(deepest.getBytes(StandardCharsets.UTF_8))), StandardCharsets.UTF_8));
        String tooDeep = "[".repeat(128) + "7" + "]".repeat(128);
        assertEquals("recursion limit exceeded at byte 127", assertThrows(JsonException.class,
                () -> nestedLists(128).decode(tooDeep.getBytes(StandardCharsets.UTF_8))).getMessage());
    }

    @org.junit.jupiter.api.Test
    void unknownFieldsAreSkippedAsSerdeIgnoresThem() {
        // serde_json skips an unknown field's value without a nesting limit and without decoding its strings
        String deep = "[{\"k\":".repeat(50_000) + "[]" + "}]".repeat(50_000);
        byte[] invalidUtf8 = {'"', (byte) 0xFF, '"'};
        for (String unknown : List.of(deep, "\"\\ud800\"", new String(invalidUtf8, StandardCharsets.ISO_8859_1),
                "{\"a\":1,\"a\":2}", "-0", "[]", "{}", "[[],{},\"\\u00e9\\n\"]")) {
            byte[] json = ("{\"name\":\"ann\",\"x\":" + unknown + ",\"age\":3}").getBytes(StandardCharsets.ISO_8859_1);
            assertEquals(List.of("ann", 3, Optional.empty()), SerdeJsonTableTest.PERSON.decode(json), unknown);
        }
        for (String malformed : List.of("[1,]", "{\"a\"}", "{1:2}", "\"\\q\"", "\"\\u12\"", "01", "[", "{\"a\":1",
                "\"tab\there\"", "[1 2]", "{\"a\":1,}", "nul")) {
            byte[] json = ("{\"name\":\"ann\",\"x\":" + malformed + ",\"age\":3}").getBytes(StandardCharsets.UTF_8);
            assertThrows(JsonException.class, () -> SerdeJsonTableTest.PERSON.decode(json), malformed);
        }
    }
}

package io.jnear.sdk.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What serde_json itself makes of each input, row by row: the Rust type a near-sdk-rs contract would
 * declare, the JSON given, and what {@code serde_json::to_string(&serde_json::from_slice::<T>(json)?)}
 * gives back, or {@code null} where serde_json refuses the input. The rows were produced by running
 * serde_json 1.0.150 (serde 1.0.228) on them, with near-sdk's own deserialisers for {@code U128},
 * {@code U64}, {@code NearToken}, {@code Gas} (a string parsed as Rust parses the integer) and
 * {@code Base64VecU8} (base64's {@code STANDARD} engine); {@code Person} is
 * {@code #[derive(Deserialize)] struct Person { name: String, age: i32, note: Option<String> }},
 * {@code Empty} is {@code struct Empty {}} and {@code Color} is {@code enum Color { RED, GREEN }}.
 *
 * <p>Each row decodes the input with jnear's codec and writes the value back: the text must be serde's,
 * and an input serde refuses must be refused. Where jnear's Java type cannot hold what serde accepts, the
 * row is in {@link JsonConformanceTest#deliberateDifferences} instead.
 */
class SerdeJsonTableTest {
    private enum Color { RED, GREEN }

    private static final JsonCodec<Optional<Integer>> OPTIONAL_I32 = JsonCodecs.optional(JsonCodecs.I32);
    private static final JsonCodec<List<Integer>> LIST_I32 = JsonCodecs.list(JsonCodecs.I32);
    private static final JsonCodec<String[]> ARRAY_STRING = JsonCodecs.array(JsonCodecs.STRING, String[]::new);
    private static final JsonCodec<SortedSet<String>> SORTED_SET_STRING = JsonCodecs.sortedSet(JsonCodecs.STRING);
    private static final JsonCodec<SortedMap<String, Integer>> SORTED_MAP_STRING_I32 =
            JsonCodecs.sortedMap(JsonKey.STRING, JsonCodecs.I32);
    private static final JsonCodec<SortedMap<Integer, Boolean>> MAP_I32_BOOLEAN =
            JsonCodecs.sortedMap(JsonKey.I32, JsonCodecs.BOOLEAN);
    private static final JsonCodec<SortedMap<Long, Integer>> MAP_I64_I32 =
            JsonCodecs.sortedMap(JsonKey.I64, JsonCodecs.I32);
    private static final JsonCodec<SortedMap<Color, Integer>> MAP_COLOR_I32 =
            JsonCodecs.sortedMap(JsonKey.enumeration(Color.values()), JsonCodecs.I32);
    private static final JsonCodec<Color> COLOR = JsonCodecs.enumeration("Color", Color.values());

    /** A struct's values in declaration order, read by name or position and written as an object. */
    static final class StructCodec implements JsonCodec<List<Object>> {
        private final JsonStruct struct;
        private final JsonStruct.Field<?>[] fields;
        private final boolean tuple;

        StructCodec(String name, boolean tuple, JsonStruct.Field<?>... fields) {
            this.struct = JsonStruct.of(name, fields);
            this.fields = fields;
            this.tuple = tuple;
        }

        @Override
        public List<Object> read(JsonReader in) {
            return new ArrayList<>(List.of(tuple ? struct.readTuple(in) : struct.read(in)));
        }

        @Override
        @SuppressWarnings("unchecked")
        public void write(JsonWriter out, List<Object> values) {
            if (tuple) {
                out.beginArray();
            } else {
                out.beginObject();
            }
            for (int i = 0; i < fields.length; i++) {
                JsonStruct.Field<Object> field = (JsonStruct.Field<Object>) fields[i];
                if (tuple) {
                    field.writeElement(out, values.get(i));
                } else {
                    field.write(out, values.get(i));
                }
            }
            if (tuple) {
                out.endArray();
            } else {
                out.endObject();
            }
        }
    }

    static final StructCodec PERSON = new StructCodec("Person", false,
            JsonStruct.required("name", JsonCodecs.STRING), JsonStruct.required("age", JsonCodecs.I32),
            JsonStruct.optional("note", JsonCodecs.optional(JsonCodecs.STRING)));
    private static final StructCodec EMPTY = new StructCodec("Empty", false);
    private static final StructCodec TUPLE = new StructCodec("(String, i8, Vec<u32>)", true,
            JsonStruct.required("0", JsonCodecs.STRING), JsonStruct.required("1", JsonCodecs.I8),
            JsonStruct.required("2", JsonCodecs.list(JsonCodecs.U32_NUMBER)));

    private static Arguments serde(String rustType, JsonCodec<?> codec, String json, String serdeWrites) {
        return Arguments.of(rustType, codec, json, serdeWrites);
    }

    static Stream<Arguments> table() {
        return Stream.of(
                serde("bool", JsonCodecs.BOOLEAN, "true", "true"),
                serde("bool", JsonCodecs.BOOLEAN, " false\n", "false"),
                serde("bool", JsonCodecs.BOOLEAN, "0", null),
                serde("bool", JsonCodecs.BOOLEAN, "\"true\"", null),
                serde("bool", JsonCodecs.BOOLEAN, "null", null),
                serde("bool", JsonCodecs.BOOLEAN, "True", null),
                serde("bool", JsonCodecs.BOOLEAN, "true false", null),
                serde("bool", JsonCodecs.BOOLEAN, "tru", null),
                serde("i8", JsonCodecs.I8, "-128", "-128"),
                serde("i8", JsonCodecs.I8, "127", "127"),
                serde("i8", JsonCodecs.I8, "128", null),
                serde("i8", JsonCodecs.I8, "-129", null),
                serde("i16", JsonCodecs.I16, "32767", "32767"),
                serde("i16", JsonCodecs.I16, "32768", null),
                serde("i16", JsonCodecs.I16, "-32768", "-32768"),
                serde("i16", JsonCodecs.I16, "-32769", null),
                serde("i32", JsonCodecs.I32, "-2147483648", "-2147483648"),
                serde("i32", JsonCodecs.I32, "-0", null),
                serde("i32", JsonCodecs.I32, "-0.0", null),
                serde("i32", JsonCodecs.I32, "0", "0"),
                serde("i32", JsonCodecs.I32, "2147483647", "2147483647"),
                serde("i32", JsonCodecs.I32, "2147483648", null),
                serde("i32", JsonCodecs.I32, "\"7\"", null),
                serde("i32", JsonCodecs.I32, "1.5", null),
                serde("i32", JsonCodecs.I32, "1.0", null),
                serde("i32", JsonCodecs.I32, "1e3", null),
                serde("i32", JsonCodecs.I32, "1E3", null),
                serde("i32", JsonCodecs.I32, "null", null),
                serde("i32", JsonCodecs.I32, "07", null),
                serde("i32", JsonCodecs.I32, "+7", null),
                serde("i32", JsonCodecs.I32, ".5", null),
                serde("i32", JsonCodecs.I32, "7 8", null),
                serde("i32", JsonCodecs.I32, "", null),
                serde("i32", JsonCodecs.I32, " ", null),
                serde("i32", JsonCodecs.I32, "-", null),
                serde("i32", JsonCodecs.I32, "--1", null),
                serde("i32", JsonCodecs.I32, "1e", null),
                serde("i32", JsonCodecs.I32, "0x10", null),
                serde("i32", JsonCodecs.I32, "[]", null),
                serde("i32", JsonCodecs.I32, " 7 ", "7"),
                serde("i32", JsonCodecs.I32, "7\n", "7"),
                serde("i32", JsonCodecs.I32, "Infinity", null),
                serde("i64", JsonCodecs.I64, "9223372036854775807", "9223372036854775807"),
                serde("i64", JsonCodecs.I64, "-9223372036854775808", "-9223372036854775808"),
                serde("i64", JsonCodecs.I64, "9223372036854775808", null),
                serde("i64", JsonCodecs.I64, "-9223372036854775809", null),
                serde("i64", JsonCodecs.I64, "18446744073709551616", null),
                serde("i64", JsonCodecs.I64, "-0", null),
                serde("u8", JsonCodecs.U8_NUMBER, "255", "255"),
                serde("u8", JsonCodecs.U8_NUMBER, "256", null),
                serde("u8", JsonCodecs.U8_NUMBER, "-1", null),
                serde("u8", JsonCodecs.U8_NUMBER, "0", "0"),
                serde("u8", JsonCodecs.U8_NUMBER, "-0", null),
                serde("u8", JsonCodecs.U8_NUMBER, "1.0", null),
                serde("u16", JsonCodecs.U16_NUMBER, "65535", "65535"),
                serde("u16", JsonCodecs.U16_NUMBER, "65536", null),
                serde("u16", JsonCodecs.U16_NUMBER, "0", "0"),
                serde("u32", JsonCodecs.U32_NUMBER, "4294967295", "4294967295"),
                serde("u32", JsonCodecs.U32_NUMBER, "4294967296", null),
                serde("u32", JsonCodecs.U32_NUMBER, "-0.5", null),
                serde("u32", JsonCodecs.U32_NUMBER, "\"7\"", null),
                serde("u32", JsonCodecs.U32_NUMBER, "-1", null),
                serde("u64", JsonCodecs.U64_NUMBER, "0", "0"),
                serde("u64", JsonCodecs.U64_NUMBER, "18446744073709551615", "18446744073709551615"),
                serde("u64", JsonCodecs.U64_NUMBER, "18446744073709551616", null),
                serde("u64", JsonCodecs.U64_NUMBER, "99999999999999999999", null),
                serde("u64", JsonCodecs.U64_NUMBER, "100000000000000000000", null),
                serde("u64", JsonCodecs.U64_NUMBER, "-1", null),
                serde("u64", JsonCodecs.U64_NUMBER, "-0", null),
                serde("u64", JsonCodecs.U64_NUMBER, "1.0", null),
                serde("u64", JsonCodecs.U64_NUMBER, "1e3", null),
                serde("u64", JsonCodecs.U64_NUMBER, "\"5\"", null),
                serde("u64", JsonCodecs.U64_NUMBER, "9223372036854775808", "9223372036854775808"),
                serde("u64", JsonCodecs.U64_NUMBER, "18446744073709551610", "18446744073709551610"),
                serde("u64", JsonCodecs.U64_NUMBER, "18446744073709551619", null),
                serde("u64", JsonCodecs.U64_NUMBER, "null", null),
                serde("u64", JsonCodecs.U64_NUMBER, "007", null),
                serde("f64", JsonCodecs.F64, "1.5e3", "1500.0"),
                serde("f64", JsonCodecs.F64, "7", "7.0"),
                serde("f64", JsonCodecs.F64, "-0", "-0.0"),
                serde("f64", JsonCodecs.F64, "-0.0", "-0.0"),
                serde("f64", JsonCodecs.F64, "1e400", null),
                serde("f64", JsonCodecs.F64, "-1e400", null),
                serde("f64", JsonCodecs.F64, "1e-400", "0.0"),
                serde("f64", JsonCodecs.F64, "NaN", null),
                serde("f64", JsonCodecs.F64, "1.", null),
                serde("f64", JsonCodecs.F64, ".5", null),
                serde("f64", JsonCodecs.F64, "\"1\"", null),
                serde("f64", JsonCodecs.F64, "1.7976931348623157e308", "1.7976931348623157e+308"),
                serde("f64", JsonCodecs.F64, "1.7976931348623159e308", null),
                serde("f64", JsonCodecs.F64, "1E+2", "100.0"),
                serde("f64", JsonCodecs.F64, "1e-2", "0.01"),
                serde("f64", JsonCodecs.F64, "18446744073709551616", "1.8446744073709552e+19"),
                serde("f64", JsonCodecs.F64, "123456789012345678901234567890", "1.2345678901234568e+29"),
                serde("f32", JsonCodecs.F32, "0.25", "0.25"),
                serde("f32", JsonCodecs.F32, "1e39", "null"),
                serde("f32", JsonCodecs.F32, "-1e39", "null"),
                serde("f32", JsonCodecs.F32, "3.4028235e38", "3.4028235e+38"),
                serde("f32", JsonCodecs.F32, "3.4028236e38", "null"),
                serde("f32", JsonCodecs.F32, "1e400", null),
                serde("f32", JsonCodecs.F32, "7", "7.0"),
                serde("char", JsonCodecs.CHAR, "\"\\u00e9\"", "\"\u00e9\""),
                serde("char", JsonCodecs.CHAR, "\"\u00e9\"", "\"\u00e9\""),
                serde("char", JsonCodecs.CHAR, "\"ab\"", null),
                serde("char", JsonCodecs.CHAR, "\"\"", null),
                serde("char", JsonCodecs.CHAR, "5", null),
                serde("String", JsonCodecs.STRING, "\"\\u0001\\b\\f\\r\\t\\u001f\\u007f/\\u2028\\ud83d\\ude00\u00e9\"",
                        "\"\\u0001\\b\\f\\r\\t\\u001f\u007f/\u2028\ud83d\ude00\u00e9\""),
                serde("String", JsonCodecs.STRING, "\"a\\\"b\\\\c\\/d\n\"", null),
                serde("String", JsonCodecs.STRING, "\"\\ud83d\\ude00 \u00fc\"", "\"\ud83d\ude00 \u00fc\""),
                serde("String", JsonCodecs.STRING, "5", null),
                serde("String", JsonCodecs.STRING, "null", null),
                serde("String", JsonCodecs.STRING, "'a'", null),
                serde("String", JsonCodecs.STRING, "\"\\ud800\"", null),
                serde("String", JsonCodecs.STRING, "\"\\udc00\"", null),
                serde("String", JsonCodecs.STRING, "\"\\ud800\\u0041\"", null),
                serde("String", JsonCodecs.STRING, "\"\\x\"", null),
                serde("String", JsonCodecs.STRING, "\"tab", null),
                serde("String", JsonCodecs.STRING, "\"open", null),
                serde("String", JsonCodecs.STRING, "\"\\u00\"", null),
                serde("String", JsonCodecs.STRING, "\"\\uD83D\\uDE00\"", "\"\ud83d\ude00\""),
                serde("String", JsonCodecs.STRING, "\"\\u0000\"", "\"\\u0000\""),
                serde("String", JsonCodecs.STRING, "\"a\"b", null),
                serde("String", JsonCodecs.STRING, "\"a\" \"b\"", null),
                serde("String", JsonCodecs.STRING, "\"a\",", null),
                serde("U128", JsonCodecs.U128_STRING, "\"340282366920938463463374607431768211455\"", "\"340282366920938463463374607431768211455\""),
                serde("U128", JsonCodecs.U128_STRING, "\"340282366920938463463374607431768211456\"", null),
                serde("U128", JsonCodecs.U128_STRING, "\"+5\"", "\"5\""),
                serde("U128", JsonCodecs.U128_STRING, "\"5\"", "\"5\""),
                serde("U128", JsonCodecs.U128_STRING, "\"-0\"", null),
                serde("U128", JsonCodecs.U128_STRING, "\"+0\"", "\"0\""),
                serde("U128", JsonCodecs.U128_STRING, "\"0\"", "\"0\""),
                serde("U128", JsonCodecs.U128_STRING, "\"00\"", "\"0\""),
                serde("U128", JsonCodecs.U128_STRING, "\"007\"", "\"7\""),
                serde("U128", JsonCodecs.U128_STRING, "\"+\"", null),
                serde("U128", JsonCodecs.U128_STRING, "\"\"", null),
                serde("U128", JsonCodecs.U128_STRING, "\" 5\"", null),
                serde("U128", JsonCodecs.U128_STRING, "\"5 \"", null),
                serde("U128", JsonCodecs.U128_STRING, "\"0x10\"", null),
                serde("U128", JsonCodecs.U128_STRING, "\"1e3\"", null),
                serde("U128", JsonCodecs.U128_STRING, "\"5.0\"", null),
                serde("U128", JsonCodecs.U128_STRING, "5", null),
                serde("U128", JsonCodecs.U128_STRING, "null", null),
                serde("U128", JsonCodecs.U128_STRING, "\"-1\"", null),
                serde("U128", JsonCodecs.U128_STRING, "\"\u0663\"", null),
                serde("U128", JsonCodecs.U128_STRING, "\"\uff10\"", null),
                serde("U64", JsonCodecs.U64_STRING, "\"18446744073709551615\"", "\"18446744073709551615\""),
                serde("U64", JsonCodecs.U64_STRING, "\"18446744073709551616\"", null),
                serde("U64", JsonCodecs.U64_STRING, "\"0\"", "\"0\""),
                serde("U64", JsonCodecs.U64_STRING, "\"+1\"", "\"1\""),
                serde("U64", JsonCodecs.U64_STRING, "\"-1\"", null),
                serde("U64", JsonCodecs.U64_STRING, "5", null),
                serde("U64", JsonCodecs.U64_STRING, "\"007\"", "\"7\""),
                serde("NearToken", JsonCodecs.NEAR_TOKEN, "\"1000000000000000000000000\"", "\"1000000000000000000000000\""),
                serde("NearToken", JsonCodecs.NEAR_TOKEN, "1", null),
                serde("NearToken", JsonCodecs.NEAR_TOKEN, "\"1 NEAR\"", null),
                serde("NearToken", JsonCodecs.NEAR_TOKEN, "\"+1\"", "\"1\""),
                serde("NearToken", JsonCodecs.NEAR_TOKEN, "\"340282366920938463463374607431768211456\"", null),
                serde("Gas", JsonCodecs.GAS, "\"5000000000000\"", "\"5000000000000\""),
                serde("Gas", JsonCodecs.GAS, "5000000000000", null),
                serde("Gas", JsonCodecs.GAS, "\"18446744073709551616\"", null),
                serde("Gas", JsonCodecs.GAS, "\"9223372036854775807\"", "\"9223372036854775807\""),
                serde("Gas", JsonCodecs.GAS, "\"+5\"", "\"5\""),
                serde("Base64VecU8", JsonCodecs.BASE64, "\"AQI=\"", "\"AQI=\""),
                serde("Base64VecU8", JsonCodecs.BASE64, "\"AQI\"", null),
                serde("Base64VecU8", JsonCodecs.BASE64, "\"AQJ=\"", null),
                serde("Base64VecU8", JsonCodecs.BASE64, "\"\"", "\"\""),
                serde("Base64VecU8", JsonCodecs.BASE64, "\"AQ==\"", "\"AQ==\""),
                serde("Base64VecU8", JsonCodecs.BASE64, "\"AQ=\"", null),
                serde("Base64VecU8", JsonCodecs.BASE64, "\"AQ\"", null),
                serde("Base64VecU8", JsonCodecs.BASE64, "\"AQ===\"", null),
                serde("Base64VecU8", JsonCodecs.BASE64, "\"A\"", null),
                serde("Base64VecU8", JsonCodecs.BASE64, "\"AQI=AQI=\"", null),
                serde("Base64VecU8", JsonCodecs.BASE64, "\"AQ I=\"", null),
                serde("Base64VecU8", JsonCodecs.BASE64, "\"AQI=\n\"", null),
                serde("Base64VecU8", JsonCodecs.BASE64, "\"-_8=\"", null),
                serde("Base64VecU8", JsonCodecs.BASE64, "\"+/8=\"", "\"+/8=\""),
                serde("Base64VecU8", JsonCodecs.BASE64, "null", null),
                serde("Base64VecU8", JsonCodecs.BASE64, "[1,2]", null),
                serde("Option<i32>", OPTIONAL_I32, "null", "null"),
                serde("Option<i32>", OPTIONAL_I32, "3", "3"),
                serde("Option<i32>", OPTIONAL_I32, "\"3\"", null),
                serde("Option<i32>", OPTIONAL_I32, "[]", null),
                serde("Option<i32>", OPTIONAL_I32, "nul", null),
                serde("()", JsonCodecs.VOID, "null", "null"),
                serde("()", JsonCodecs.VOID, "0", null),
                serde("()", JsonCodecs.VOID, "{}", null),
                serde("()", JsonCodecs.VOID, "[]", null),
                serde("Vec<i32>", LIST_I32, "[1, 2 ,3]", "[1,2,3]"),
                serde("Vec<i32>", LIST_I32, "[]", "[]"),
                serde("Vec<i32>", LIST_I32, "[ ]", "[]"),
                serde("Vec<i32>", LIST_I32, "[1,]", null),
                serde("Vec<i32>", LIST_I32, "[1 2]", null),
                serde("Vec<i32>", LIST_I32, "[1", null),
                serde("Vec<i32>", LIST_I32, "{}", null),
                serde("Vec<i32>", LIST_I32, "null", null),
                serde("Vec<i32>", LIST_I32, "[null]", null),
                serde("Vec<i32>", LIST_I32, "[[1]]", null),
                serde("Vec<i32>", LIST_I32, "[,1]", null),
                serde("Vec<i32>", LIST_I32, "[1]]", null),
                serde("Vec<String> (a String[])", ARRAY_STRING, "[\"a\",\"b\"]", "[\"a\",\"b\"]"),
                serde("Vec<String> (a String[])", ARRAY_STRING, "[]", "[]"),
                serde("Vec<String> (a String[])", ARRAY_STRING, "[\"a\",1]", null),
                serde("Vec<String> (a String[])", ARRAY_STRING, "null", null),
                serde("BTreeSet<String>", SORTED_SET_STRING, "[\"a\",\"a\",\"b\"]", "[\"a\",\"b\"]"),
                serde("BTreeSet<String>", SORTED_SET_STRING, "[]", "[]"),
                serde("BTreeSet<String>", SORTED_SET_STRING, "[\"b\",\"a\"]", "[\"a\",\"b\"]"),
                serde("BTreeSet<String>", SORTED_SET_STRING, "[\"a\",null]", null),
                serde("BTreeSet<String>", SORTED_SET_STRING, "{\"a\":1}", null),
                serde("BTreeMap<String, i32>", SORTED_MAP_STRING_I32, "{\"a\":1,\"b\":2,\"a\":3}", "{\"a\":3,\"b\":2}"),
                serde("BTreeMap<String, i32>", SORTED_MAP_STRING_I32, "{}", "{}"),
                serde("BTreeMap<String, i32>", SORTED_MAP_STRING_I32, "{\"a\":1,}", null),
                serde("BTreeMap<String, i32>", SORTED_MAP_STRING_I32, "{a:1}", null),
                serde("BTreeMap<String, i32>", SORTED_MAP_STRING_I32, "{\"a\":1 \"b\":2}", null),
                serde("BTreeMap<String, i32>", SORTED_MAP_STRING_I32, "{\"a\" 1}", null),
                serde("BTreeMap<String, i32>", SORTED_MAP_STRING_I32, "[[\"a\",1]]", null),
                serde("BTreeMap<String, i32>", SORTED_MAP_STRING_I32, "null", null),
                serde("BTreeMap<String, i32>", SORTED_MAP_STRING_I32, "{\"a\":null}", null),
                serde("BTreeMap<String, i32>", SORTED_MAP_STRING_I32, "{\"\":1}", "{\"\":1}"),
                serde("BTreeMap<String, i32>", SORTED_MAP_STRING_I32, "{\"\\u0061\":1}", "{\"a\":1}"),
                serde("HashMap<i32, bool>", MAP_I32_BOOLEAN, "{\"-7\":true}", "{\"-7\":true}"),
                serde("HashMap<i32, bool>", MAP_I32_BOOLEAN, "{\"7\":true}", "{\"7\":true}"),
                serde("HashMap<i32, bool>", MAP_I32_BOOLEAN, "{\"x\":true}", null),
                serde("HashMap<i32, bool>", MAP_I32_BOOLEAN, "{\"1.0\":true}", null),
                serde("HashMap<i32, bool>", MAP_I32_BOOLEAN, "{\" 7\":true}", null),
                serde("HashMap<i32, bool>", MAP_I32_BOOLEAN, "{\"7 \":true}", null),
                serde("HashMap<i32, bool>", MAP_I32_BOOLEAN, "{\"+7\":true}", null),
                serde("HashMap<i32, bool>", MAP_I32_BOOLEAN, "{\"07\":true}", null),
                serde("HashMap<i32, bool>", MAP_I32_BOOLEAN, "{\"-0\":true}", null),
                serde("HashMap<i32, bool>", MAP_I32_BOOLEAN, "{\"2147483648\":true}", null),
                serde("HashMap<i32, bool>", MAP_I32_BOOLEAN, "{\"\":true}", null),
                serde("HashMap<i32, bool>", MAP_I32_BOOLEAN, "{\"1e3\":true}", null),
                serde("HashMap<i32, bool>", MAP_I32_BOOLEAN, "{\"\\u0037\":true}", null),
                serde("BTreeMap<i64, i32>", MAP_I64_I32, "{\"9223372036854775807\":1}", "{\"9223372036854775807\":1}"),
                serde("BTreeMap<i64, i32>", MAP_I64_I32, "{\"9223372036854775808\":1}", null),
                serde("BTreeMap<i64, i32>", MAP_I64_I32, "{\"-9223372036854775808\":1}", "{\"-9223372036854775808\":1}"),
                serde("BTreeMap<Color, i32>", MAP_COLOR_I32, "{\"RED\":1}", "{\"RED\":1}"),
                serde("BTreeMap<Color, i32>", MAP_COLOR_I32, "{\"BLUE\":1}", null),
                serde("BTreeMap<Color, i32>", MAP_COLOR_I32, "{\"red\":1}", null),
                serde("BTreeMap<Color, i32>", MAP_COLOR_I32, "{\"RED\":1,\"GREEN\":2}", "{\"RED\":1,\"GREEN\":2}"),
                serde("Color", COLOR, "\"GREEN\"", "\"GREEN\""),
                serde("Color", COLOR, "\"BLUE\"", null),
                serde("Color", COLOR, "\"green\"", null),
                serde("Color", COLOR, "0", null),
                serde("Color", COLOR, "null", null),
                serde("Color", COLOR, "{\"GREEN\":null}", "\"GREEN\""),
                serde("Color", COLOR, "{\"GREEN\":[]}", null),
                serde("Color", COLOR, "{\"GREEN\":{}}", null),
                serde("Color", COLOR, "[\"GREEN\"]", null),
                serde("Person", PERSON, "{\"name\":\"ann\",\"age\":3,\"note\":\"hi\"}", "{\"name\":\"ann\",\"age\":3,\"note\":\"hi\"}"),
                serde("Person", PERSON, "{\"x\":{\"y\":[1,null]},\"age\":3,\"note\":\"hi\",\"name\":\"ann\"}", "{\"name\":\"ann\",\"age\":3,\"note\":\"hi\"}"),
                serde("Person", PERSON, "{\"name\":\"ann\",\"age\":3}", "{\"name\":\"ann\",\"age\":3,\"note\":null}"),
                serde("Person", PERSON, "{\"name\":\"ann\",\"age\":3,\"note\":null}", "{\"name\":\"ann\",\"age\":3,\"note\":null}"),
                serde("Person", PERSON, "[\"ann\",3,null]", "{\"name\":\"ann\",\"age\":3,\"note\":null}"),
                serde("Person", PERSON, "[\"ann\",3]", null),
                serde("Person", PERSON, "[\"ann\",3,null,4]", null),
                serde("Person", PERSON, "[3,\"ann\",null]", null),
                serde("Person", PERSON, "null", null),
                serde("Person", PERSON, "{\"name\":\"ann\",\"age\":null}", null),
                serde("Person", PERSON, "{\"name\":\"ann\"}", null),
                serde("Person", PERSON, "{\"name\":\"ann\",\"age\":3,\"age\":4}", null),
                serde("Person", PERSON, "{\"name\":\"ann\",\"age\":3,\"x\":1,\"x\":2}", "{\"name\":\"ann\",\"age\":3,\"note\":null}"),
                serde("Person", PERSON, "{\"name\":\"ann\",\"age\":3,\"x\":tru}", null),
                serde("Person", PERSON, "{\"name\":\"ann\",\"age\":3,\"x\":[1,]}", null),
                serde("Person", PERSON, "{\"name\":\"ann\",\"age\":3} trailing", null),
                serde("Person", PERSON, "{\"name\":\"ann\",\"age\":3},", null),
                serde("Person", PERSON, "{\"name\":\"ann\",\"age\":3}}", null),
                serde("Person", PERSON, "{\"name\":\"ann\",\"age\":3,}", null),
                serde("Person", PERSON, "{\"n\\u0061me\":\"ann\",\"age\":3}", "{\"name\":\"ann\",\"age\":3,\"note\":null}"),
                serde("Person", PERSON, "{\"name\":\"ann\",\"age\":3,\"note\":5}", null),
                serde("Person", PERSON, "{\"name\":\"ann\",\"age\":\"3\"}", null),
                serde("Person", PERSON, "{\"name\":\"ann\",\"age\":3}\n", "{\"name\":\"ann\",\"age\":3,\"note\":null}"),
                serde("Person", PERSON, "\"ann\"", null),
                serde("Person", PERSON, "[]", null),
                serde("Person", PERSON, "{}", null),
                serde("Person", PERSON, "", null),
                serde("Person", PERSON, "{\"name\":\"ann\",\"age\":3,\"note\":\"a\",\"note\":\"b\"}", null),
                serde("Person", PERSON, "{\"name\":\"ann\",\"age\":3,\"note\":null,\"note\":\"b\"}", null),
                serde("Empty", EMPTY, "{}", "{}"),
                serde("Empty", EMPTY, "[]", "{}"),
                serde("Empty", EMPTY, "[1]", null),
                serde("Empty", EMPTY, "{\"a\":1}", "{}"),
                serde("Empty", EMPTY, "null", null),
                serde("(String, i8, Vec<u32>)", TUPLE, "[\"alice\",3,[7,9]]", "[\"alice\",3,[7,9]]"),
                serde("(String, i8, Vec<u32>)", TUPLE, "[\"alice\",3]", null),
                serde("(String, i8, Vec<u32>)", TUPLE, "[\"alice\",3,[7,9],1]", null),
                serde("(String, i8, Vec<u32>)", TUPLE, "{\"0\":\"alice\",\"1\":3,\"2\":[]}", null),
                serde("(String, i8, Vec<u32>)", TUPLE, "[\"alice\",300,[]]", null),
                serde("(String, i8, Vec<u32>)", TUPLE, "[\"alice\",3,[-1]]", null),
                serde("(String, i8, Vec<u32>)", TUPLE, "null", null),
                serde("Person", PERSON, "{\"name\":\"a\",\"age\":1,\"x\":\"\\ud800\"}", "{\"name\":\"a\",\"age\":1,\"note\":null}"),
                serde("Person", PERSON, "{\"name\":\"a\",\"age\":1,\"\\ud800\":1}", null),
                serde("Person", PERSON, "{\"name\":\"a\",\"age\":1,\"x\":\"\\q\"}", null),
                serde("Person", PERSON, "{\"name\":\"a\",\"age\":1,\"x\":-0}", "{\"name\":\"a\",\"age\":1,\"note\":null}"),
                serde("Person", PERSON, "{\"name\":\"a\",\"age\":1,\"x\":01}", null),
                serde("Person", PERSON, "{\"name\":\"a\",\"age\":1,\"x\":1.}", null),
                serde("Person", PERSON, "{\"name\":\"a\",\"age\":1,\"x\":{\"a\":1,\"a\":2}}", "{\"name\":\"a\",\"age\":1,\"note\":null}"),
                serde("Person", PERSON, "{\"name\":\"a\",\"age\":1,\"x\":{1:2}}", null),
                serde("Person", PERSON, "{\"name\":\"a\",\"age\":1,\"x\":[1,]}", null),
                serde("String", JsonCodecs.STRING, "\"\\ud800\\udbff\"", null),
                serde("String", JsonCodecs.STRING, "\"\\udbff\\udfff\"", "\"\udbff\udfff\""));
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("table")
    @SuppressWarnings({"unchecked", "rawtypes"})
    void readsAndWritesAsSerdeJson(String rustType, JsonCodec codec, String json, String serdeWrites) {
        byte[] input = json.getBytes(StandardCharsets.UTF_8);
        if (serdeWrites == null) {
            assertThrows(JsonException.class, () -> codec.decode(input), "serde_json refuses it");
        } else {
            assertEquals(serdeWrites, new String(codec.encode(codec.decode(input)), StandardCharsets.UTF_8));
        }
    }
}

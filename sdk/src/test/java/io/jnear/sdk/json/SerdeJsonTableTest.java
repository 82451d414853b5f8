package io.jnear.sdk.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jnear.sdk.json.SerdeTable.Row;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What serde_json itself makes of each input, row by row ({@code serde-table.tsv} beside this class): the Rust
 * type a near-sdk-rs contract would declare, the JSON given, and what
 * {@code serde_json::to_string(&serde_json::from_slice::<T>(json)?)} gives back, or {@code refused}. The rows
 * were produced by running serde_json 1.0.150 (serde 1.0.228) on them, with near-sdk's own deserialisers for
 * {@code U128}, {@code U64}, {@code NearToken}, {@code Gas} (a string parsed as Rust parses the integer) and
 * {@code Base64VecU8} (base64's {@code STANDARD} engine); {@code Person} is
 * {@code #[derive(Deserialize)] struct Person { name: String, age: i32, note: Option<String> }},
 * {@code Empty} is {@code struct Empty {}} and {@code Color} is {@code enum Color { RED, GREEN }}.
 *
 * <p>Each row decodes the input with jnear's codec and writes the value back: the text must be serde's,
 * and an input serde refuses must be refused. Where jnear's Java type cannot hold what serde accepts, the
 * row is in {@link JsonConformanceTest#deliberateDifferences} instead. The samples run the same table through a
 * deployed contract, in both builds ({@code SerdeEchoTest}).
 */
class SerdeJsonTableTest {
    private enum Color { RED, GREEN }

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

    /** jnear's codec for each Rust type of the table. */
    private static final Map<String, JsonCodec<?>> CODECS = Map.ofEntries(
            Map.entry("bool", JsonCodecs.BOOLEAN), Map.entry("i8", JsonCodecs.I8), Map.entry("i16", JsonCodecs.I16),
            Map.entry("i32", JsonCodecs.I32), Map.entry("i64", JsonCodecs.I64), Map.entry("u8", JsonCodecs.U8_NUMBER),
            Map.entry("u16", JsonCodecs.U16_NUMBER), Map.entry("u32", JsonCodecs.U32_NUMBER),
            Map.entry("u64", JsonCodecs.U64_NUMBER), Map.entry("f32", JsonCodecs.F32), Map.entry("f64", JsonCodecs.F64),
            Map.entry("char", JsonCodecs.CHAR), Map.entry("String", JsonCodecs.STRING),
            Map.entry("U128", JsonCodecs.U128_STRING), Map.entry("U64", JsonCodecs.U64_STRING),
            Map.entry("NearToken", JsonCodecs.NEAR_TOKEN), Map.entry("Gas", JsonCodecs.GAS),
            Map.entry("Base64VecU8", JsonCodecs.BASE64), Map.entry("Option<i32>", JsonCodecs.optional(JsonCodecs.I32)),
            Map.entry("()", JsonCodecs.VOID), Map.entry("Vec<i32>", JsonCodecs.list(JsonCodecs.I32)),
            Map.entry("Vec<String>", JsonCodecs.array(JsonCodecs.STRING, String[]::new)),
            Map.entry("BTreeSet<String>", JsonCodecs.sortedSet(JsonCodecs.STRING)),
            Map.entry("BTreeMap<String, i32>", JsonCodecs.sortedMap(JsonKey.STRING, JsonCodecs.I32)),
            Map.entry("HashMap<i32, bool>", JsonCodecs.sortedMap(JsonKey.I32, JsonCodecs.BOOLEAN)),
            Map.entry("BTreeMap<i64, i32>", JsonCodecs.sortedMap(JsonKey.I64, JsonCodecs.I32)),
            Map.entry("BTreeMap<Color, i32>", JsonCodecs.sortedMap(JsonKey.enumeration(Color.values()), JsonCodecs.I32)),
            Map.entry("Color", JsonCodecs.enumeration("Color", Color.values())), Map.entry("Person", PERSON),
            Map.entry("Empty", EMPTY), Map.entry("(String, i8, Vec<u32>)", TUPLE));

    static Stream<Row> table() {
        return SerdeTable.rows().stream();
    }

    @Test
    void everyTypeOfTheTableHasACodecAndRows() {
        Set<String> types = new TreeSet<>();
        SerdeTable.rows().forEach(r -> types.add(r.rustType()));
        assertEquals(new TreeSet<>(CODECS.keySet()), types);
        assertEquals(300, SerdeTable.rows().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    @SuppressWarnings({"unchecked", "rawtypes"})
    void readsAndWritesAsSerdeJson(Row row) {
        JsonCodec codec = CODECS.get(row.rustType());
        byte[] input = row.json().getBytes(StandardCharsets.UTF_8);
        if (row.serdeWrites() == null) {
            assertThrows(JsonException.class, () -> codec.decode(input), "serde_json refuses it");
        } else {
            assertEquals(row.serdeWrites(), new String(codec.encode(codec.decode(input)), StandardCharsets.UTF_8));
        }
    }
}

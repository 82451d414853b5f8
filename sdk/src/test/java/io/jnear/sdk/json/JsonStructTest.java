package io.jnear.sdk.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A struct reads as serde's derived Deserialize reads one: by name or by position. */
class JsonStructTest {
    private static final JsonStruct.Field<String> NAME = JsonStruct.required("name", JsonCodecs.STRING);
    private static final JsonStruct.Field<Integer> AGE = JsonStruct.required("age", JsonCodecs.I32);
    private static final JsonStruct.Field<Optional<String>> NOTE = JsonStruct.optional("note",
            JsonCodecs.optional(JsonCodecs.STRING));
    private static final JsonStruct PERSON = JsonStruct.of("Person", NAME, AGE, NOTE);

    private static Object[] read(String json) {
        JsonReader in = JsonReader.of(json.getBytes(StandardCharsets.UTF_8));
        Object[] values = PERSON.read(in);
        in.end();
        return values;
    }

    @Test
    void readsAnObjectInAnyOrderSkippingUnknownFields() {
        assertArrayEquals(new Object[] {"ann", 3, Optional.of("hi")},
                read("{\"x\":{\"y\":[1,null]},\"age\":3,\"note\":\"hi\",\"name\":\"ann\"}"));
    }

    @Test
    void anAbsentOrNullOptionalIsEmpty() {
        assertArrayEquals(new Object[] {"ann", 3, Optional.empty()}, read("{\"name\":\"ann\",\"age\":3}"));
        assertArrayEquals(new Object[] {"ann", 3, Optional.empty()}, read("{\"name\":\"ann\",\"age\":3,\"note\":null}"));
    }

    @Test
    void readsThePositionalForm() {
        assertArrayEquals(new Object[] {"ann", 3, Optional.empty()}, read("[\"ann\",3,null]"));
    }

    @Test
    void refusesMissingDuplicateAndMisplacedFields() {
        assertEquals("missing field `age` at byte 14",
                assertThrows(JsonException.class, () -> read("{\"name\":\"ann\"}")).getMessage());
        assertThrows(JsonException.class, () -> read("{\"name\":\"ann\",\"age\":3,\"age\":4}"));
        assertThrows(JsonException.class, () -> read("[\"ann\",3]"));
        assertThrows(JsonException.class, () -> read("[\"ann\",3,null,4]"));
        assertThrows(JsonException.class, () -> read("[3,\"ann\",null]"));
        assertThrows(JsonException.class, () -> read("null"));
        assertThrows(JsonException.class, () -> read("{\"name\":\"ann\",\"age\":null}"));
    }

    @Test
    void namesWithEscapesOrBeyondAsciiAreMatchedAsText() {
        // "n\u0061me" is "name" escaped; the plain names are matched as bytes, these as decoded text
        assertArrayEquals(new Object[] {"ann", 3, Optional.empty()},
                read("{\"n\\u0061me\":\"ann\",\"age\" : 3,\"caf\u00e9\":1,\"na\":2,\"names\":3}"));
        JsonStruct accented = JsonStruct.of("Accented", JsonStruct.required("caf\u00e9", JsonCodecs.I32),
                JsonStruct.required("cafe", JsonCodecs.I32));
        JsonReader in = JsonReader.of("{\"cafe\":1,\"caf\u00e9\":2}".getBytes(StandardCharsets.UTF_8));
        assertArrayEquals(new Object[] {2, 1}, accented.read(in));
    }

    @Test
    void malformedNamesFailAsBefore() {
        assertEquals("expected `:` at byte 8",
                assertThrows(JsonException.class, () -> read("{\"name\" \"ann\"}")).getMessage());
        assertEquals("EOF while parsing a string at byte 6",
                assertThrows(JsonException.class, () -> read("{\"name")).getMessage());
        assertEquals("control character (\\u0000-\\u001F) found while parsing a string at byte 4",
                assertThrows(JsonException.class, () -> read("{\"na\tme\":1}")).getMessage());
        assertEquals("key must be a string at byte 1",
                assertThrows(JsonException.class, () -> read("{name:1}")).getMessage());
    }

    @Test
    void writesFieldsInDeclarationOrder() {
        JsonWriter out = new JsonWriter().beginObject();
        NAME.write(out, "ann");
        AGE.write(out, 3);
        NOTE.write(out, Optional.empty());
        assertEquals("{\"name\":\"ann\",\"age\":3,\"note\":null}", out.endObject().toString());
    }
}

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
    void writesFieldsInDeclarationOrder() {
        JsonWriter out = new JsonWriter().beginObject();
        NAME.write(out, "ann");
        AGE.write(out, 3);
        NOTE.write(out, Optional.empty());
        assertEquals("{\"name\":\"ann\",\"age\":3,\"note\":null}", out.endObject().toString());
    }
}

package io.jnear.samples.codecs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnear.runtime.Account;
import io.jnear.runtime.Sandbox;
import io.jnear.runtime.ViewCallException;
import io.jnear.samples.testing.BuildMode;
import io.jnear.sdk.json.SerdeTable;
import io.jnear.sdk.json.SerdeTable.Row;
import io.jnear.testing.JnearTest;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The SDK's serde_json table ({@link SerdeTable}: a Rust type, an input, and serde_json's own output or
 * refusal) run through {@link SerdeEcho} deployed in the sandbox: each input goes in as the argument
 * {@code value} of the view for its type, and comes back as serde_json writes it,
 * or fails with near-sdk's message. The {@code …WasmTest} twin runs the table on the Wasm build.
 */
@JnearTest
class SerdeEchoTest {
    /** The view of {@link SerdeEcho} for each Rust type; () has none (no argument is the unit). */
    private static final Map<String, String> VIEWS = Map.ofEntries(Map.entry("bool", "bool"), Map.entry("i8", "i8"),
            Map.entry("i16", "i16"), Map.entry("i32", "i32"), Map.entry("i64", "i64"), Map.entry("u8", "u8"),
            Map.entry("u16", "u16"), Map.entry("u32", "u32"), Map.entry("u64", "u64"), Map.entry("f32", "f32"),
            Map.entry("f64", "f64"), Map.entry("char", "character"), Map.entry("String", "string"),
            Map.entry("U128", "u128_string"), Map.entry("U64", "u64_string"), Map.entry("NearToken", "near_token"),
            Map.entry("Gas", "gas"), Map.entry("Base64VecU8", "base64"), Map.entry("Option<i32>", "option_i32"),
            Map.entry("Vec<i32>", "vec_i32"), Map.entry("Vec<String>", "vec_string"),
            Map.entry("BTreeSet<String>", "set_string"), Map.entry("BTreeMap<String, i32>", "map_string_i32"),
            Map.entry("HashMap<i32, bool>", "map_i32_bool"), Map.entry("BTreeMap<i64, i32>", "map_i64_i32"),
            Map.entry("BTreeMap<Color, i32>", "map_color_i32"), Map.entry("Color", "color"),
            Map.entry("Person", "person"), Map.entry("Empty", "empty"), Map.entry("(String, i8, Vec<u32>)", "triple"));

    /** The table's rows for the types {@link SerdeEcho} has a view for. */
    static List<Row> rows() {
        return SerdeTable.rows().stream().filter(r -> VIEWS.containsKey(r.rustType())).toList();
    }

    static Stream<Row> table() {
        return rows().stream();
    }

    Sandbox sandbox;
    Account echo;

    /** The build the contract runs in; the {@code …WasmTest} twin runs the same table on the Wasm build. */
    BuildMode mode() {
        return BuildMode.JVM;
    }

    @BeforeEach
    void deploy() {
        echo = mode().deploy(sandbox, "echo.test.near", SerdeEcho.class, null);
    }

    @Test
    void theTableCoversEveryViewAndMostRows() {
        assertEquals(VIEWS.size(), rows().stream().map(Row::rustType).distinct().count());
        assertTrue(rows().size() >= 290, "rows: " + rows().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void eachInputComesBackAsSerdeJsonWritesItOrIsRefused(Row row) {
        String view = VIEWS.get(row.rustType());
        String args = "{\"value\":" + row.json() + "}";
        if (row.serdeWrites() == null) {
            ViewCallException refused = assertThrows(ViewCallException.class,
                    () -> sandbox.viewJson(echo.id(), view, args));
            assertTrue(refused.getMessage().contains("Failed to deserialize input from JSON."), refused::getMessage);
        } else {
            assertEquals(row.serdeWrites(), sandbox.viewJson(echo.id(), view, args));
        }
    }
}

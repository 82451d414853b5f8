package io.jnear.processor.functional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jnear.runtime.Account;
import io.jnear.runtime.ExecutionResult;
import io.jnear.runtime.Sandbox;
import io.jnear.sdk.NearToken;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ArrayList}, {@code LinkedList}, {@code TreeMap}, {@code LinkedHashMap}, {@code TreeSet} and
 * {@code LinkedHashSet} as state, arguments and results: JSON arrays and objects in the collection's own
 * order, Borsh state as a {@code u32} count and the elements, read back into the declared type.
 */
class JdkCollectionsTest {
    private static final String FIRST = "{\"names\":[\"b\",\"a\"],\"queue\":[7,8],\"totals\":{\"z\":2,\"a\":1},"
            + "\"order\":{\"z\":2,\"a\":1},\"tags\":[\"z\",\"a\",\"z\"],\"amounts\":[\"5\",\"3\",\"5\"]}";
    private static final String SECOND = "{\"names\":[\"c\"],\"queue\":[9],\"totals\":{\"m\":3},"
            + "\"order\":{\"m\":3},\"tags\":[\"m\"],\"amounts\":[\"4\"]}";

    @TempDir
    static Path classes;

    private static CompiledContracts contracts;

    private Sandbox sandbox;
    private Account alice;
    private Account shelf;

    @BeforeAll
    static void compile() {
        contracts = CompiledContracts.compile("jdkcollections", classes);
    }

    @BeforeEach
    void deploy() {
        sandbox = Sandbox.create();
        alice = sandbox.createAccount("alice.test.near", NearToken.near(10));
        shelf = sandbox.deploy("shelf.test.near", contracts.type("jc.Shelf"));
    }

    @Test
    void argumentsAndResultsKeepTheDeclaredCollectionsOrder() {
        ExecutionResult<?> r = alice.call(shelf.id(), "stock", FIRST);

        assertTrue(r.isSuccess(), r::toTree);
        assertEquals("[\"b\",\"a\"]", view("names"));
        assertEquals("[7,8]", view("queue"));
        assertEquals("{\"a\":1,\"z\":2}", view("totals")); // sorted by key
        assertEquals("{\"z\":2,\"a\":1}", view("order")); // insertion order
        assertEquals("[\"a\",\"z\"]", view("tags")); // sorted, once each
        assertEquals("[\"5\",\"3\"]", view("amounts")); // insertion order, once each
    }

    @Test
    void stateIsBorshInEachCollectionsOrder() {
        assertTrue(alice.call(shelf.id(), "stock", FIRST).isSuccess());

        String u64 = "\\x00".repeat(7);
        String u128 = "\\x00".repeat(15);
        assertEquals("\\x02\\x00\\x00\\x00" + "\\x01\\x00\\x00\\x00b\\x01\\x00\\x00\\x00a" // names
                + "\\x02\\x00\\x00\\x00" + "\\x07" + u64 + "\\x08" + u64 // queue
                + "\\x02\\x00\\x00\\x00" + "\\x01\\x00\\x00\\x00a\\x01" + u64 + "\\x01\\x00\\x00\\x00z\\x02" + u64 // totals
                + "\\x02\\x00\\x00\\x00" + "\\x01\\x00\\x00\\x00z\\x02\\x00\\x00\\x00"
                + "\\x01\\x00\\x00\\x00a\\x01\\x00\\x00\\x00" // order
                + "\\x02\\x00\\x00\\x00" + "\\x01\\x00\\x00\\x00a\\x01\\x00\\x00\\x00z" // tags
                + "\\x02\\x00\\x00\\x00" + "\\x05" + u128 + "\\x03" + u128, // amounts
                render(sandbox.storageValue(shelf.id(), "STATE".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void stateIsReadBackIntoTheDeclaredTypes() {
        assertTrue(alice.call(shelf.id(), "stock", FIRST).isSuccess());
        ExecutionResult<?> r = alice.call(shelf.id(), "stock", SECOND);

        assertTrue(r.isSuccess(), r::toTree);
        assertEquals("[\"b\",\"a\",\"c\"]", view("names"));
        assertEquals("[7,8,9]", view("queue"));
        assertEquals("{\"a\":1,\"m\":3,\"z\":2}", view("totals")); // still a TreeMap after the state was read
        assertEquals("{\"z\":2,\"a\":1,\"m\":3}", view("order"));
        assertEquals("[\"a\",\"m\",\"z\"]", view("tags"));
        assertEquals("[\"5\",\"3\",\"4\"]", view("amounts"));
    }

    @Test
    void theAbiDescribesThemAsListsSetsAndMaps() throws Exception {
        JsonNode abi = new ObjectMapper().readTree(sandbox.abi(shelf.id()).orElseThrow());
        JsonNode params = null;
        for (JsonNode f : abi.at("/body/functions")) {
            if (f.get("name").asText().equals("stock")) {
                params = f.at("/params/args");
            }
        }
        assertEquals("{\"type\":\"array\",\"items\":{\"type\":\"string\"}}", params.get(0).get("type_schema").toString());
        assertEquals("{\"type\":\"object\",\"additionalProperties\":{\"type\":\"integer\",\"format\":\"int64\"}}",
                params.get(2).get("type_schema").toString());
        assertEquals("{\"type\":\"array\",\"items\":{\"type\":\"string\"},\"uniqueItems\":true}",
                params.get(4).get("type_schema").toString());
    }

    private String view(String method) {
        return sandbox.viewJson(shelf.id(), method, "{}");
    }

    private static String render(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            int c = b & 0xff;
            out.append(c >= 0x20 && c < 0x7f ? String.valueOf((char) c) : String.format("\\x%02x", c));
        }
        return out.toString();
    }
}

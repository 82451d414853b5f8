package io.jnear.processor.functional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jnear.runtime.Account;
import io.jnear.runtime.ExecutionResult;
import io.jnear.runtime.Sandbox;
import io.jnear.sdk.NearToken;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A {@code @Tuple} record travels as a JSON array of its components, and the ABI says so. */
class TupleJsonTest {
    @TempDir
    static Path classes;

    private static CompiledContracts contracts;

    private Sandbox sandbox;
    private Account alice;
    private Account board;

    @BeforeAll
    static void compile() {
        contracts = CompiledContracts.compile("tuples", classes);
    }

    @BeforeEach
    void deploy() {
        sandbox = Sandbox.create();
        alice = sandbox.createAccount("alice.test.near", NearToken.near(10));
        board = sandbox.deploy("board.test.near", contracts.type("tup.Leaderboard"));
    }

    @Test
    void aTupleIsReadAndWrittenAsAnArrayOfItsComponents() {
        assertEquals("[\"nobody\",0,[]]", sandbox.viewJson(board.id(), "best", "{}"));

        ExecutionResult<String> r = alice.call(board.id(), "submit", "{\"entry\":[\"alice\",-3,[7,9]]}");

        assertTrue(r.isSuccess(), r::toTree);
        assertEquals("alice ranks -3 with 2 scores", r.logs().get(0));
        assertEquals("[\"alice\",-3,[7,9]]", sandbox.viewJson(board.id(), "best", "{}"));
    }

    @Test
    void aTupleWithTooFewOrTooManyElementsOrAsAnObjectIsRefusedInput() {
        for (String entry : new String[] {"[\"alice\",1]", "[\"alice\",1,[],2]",
                "{\"name\":\"alice\",\"rank\":1,\"scores\":[]}", "[\"alice\",300,[]]"}) {
            ExecutionResult<String> r = alice.call(board.id(), "submit", "{\"entry\":" + entry + "}");
            assertEquals("Smart contract panicked: Failed to deserialize input from JSON.", r.failureText(), entry);
        }
        assertEquals("[\"nobody\",0,[]]", sandbox.viewJson(board.id(), "best", "{}"));
    }

    @Test
    void theAbiDescribesTheTupleAsAnArrayWithOneSchemaPerPosition() throws Exception {
        JsonNode abi = new ObjectMapper().readTree(sandbox.abi(board.id()).orElseThrow());
        JsonNode entry = abi.at("/body/root_schema/definitions/Entry");

        assertEquals("array", entry.get("type").asText(), entry::toString);
        assertEquals(3, entry.get("items").size());
        assertEquals("string", entry.get("items").get(0).get("type").asText());
        assertEquals("int8", entry.get("items").get(1).get("format").asText());
        assertEquals("array", entry.get("items").get(2).get("type").asText());
        assertEquals(3, entry.get("minItems").asInt());
        assertEquals(3, entry.get("maxItems").asInt());
    }
}

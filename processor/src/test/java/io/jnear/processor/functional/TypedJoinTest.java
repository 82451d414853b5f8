package io.jnear.processor.functional;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jnear.runtime.Account;
import io.jnear.runtime.ExecutionResult;
import io.jnear.runtime.Sandbox;
import io.jnear.sdk.NearToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A join of five promises of five result types, read by a callback with one typed {@code @CallbackResult}
 * each: the generated dispatcher decodes every result with its own codec, and a failed member is a failed
 * result, not a panic.
 */
class TypedJoinTest {
    @TempDir
    static Path classes;

    private static CompiledContracts contracts;

    private Account alice;
    private Account asker;

    @BeforeAll
    static void compile() {
        contracts = CompiledContracts.compile("joins", classes);
    }

    @BeforeEach
    void deploy() {
        Sandbox sandbox = Sandbox.create();
        alice = sandbox.createAccount("alice.test.near", NearToken.near(10));
        asker = sandbox.deploy("asker.test.near", contracts.type("joins.Quiz"));
        sandbox.deploy("answerer.test.near", contracts.type("joins.Quiz"));
    }

    @Test
    void aCallbackReceivesFiveResultsOfMixedTypesEachDecodedWithItsType() {
        ExecutionResult<String> r = alice.call(asker.id(), "survey_all", "{\"other\":\"answerer.test.near\"}");

        assertEquals("\"quiz|3|true|[x, y]|Point[x=1, y=2]\"", r.value(), r::toTree);
    }

    @Test
    void aFailedMemberOfTheJoinIsAFailedResultOfItsParameter() {
        ExecutionResult<String> r = alice.call(asker.id(), "survey",
                "{\"other\":\"answerer.test.near\",\"missing\":\"nobody.test.near\"}");

        assertEquals("\"quiz|3|true|[x, y]|failed\"", r.value(), r::toTree);
    }

    @Test
    void theAbiListsOneCallbackSchemaPerResult() throws IOException {
        JsonNode abi = new ObjectMapper().readTree(Files.readString(classes.resolve("META-INF/jnear/abi/joins.Quiz.json")));
        JsonNode onSurvey = null;
        for (JsonNode f : abi.at("/body/functions")) {
            if (f.get("name").asText().equals("on_survey")) {
                onSurvey = f;
            }
        }
        JsonNode callbacks = onSurvey.get("callbacks");
        assertEquals(5, callbacks.size(), onSurvey::toString);
        assertEquals("string", callbacks.get(0).at("/type_schema/type").asText(), onSurvey::toString);
        assertEquals("boolean", callbacks.get(2).at("/type_schema/type").asText(), onSurvey::toString);
        assertEquals("array", callbacks.get(3).at("/type_schema/type").asText(), onSurvey::toString);
    }
}

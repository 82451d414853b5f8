package io.jnear.sdk.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jnear.sdk.ContractPanic;
import io.jnear.sdk.PromiseResult;
import io.jnear.sdk.json.JsonCodec;
import io.jnear.sdk.json.JsonCodecs;
import io.jnear.sdk.json.JsonReader;
import io.jnear.sdk.json.JsonStruct;
import io.jnear.sdk.json.JsonWriter;
import io.jnear.sdk.testing.FakeHost;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What generated dispatchers do with arguments and callback results they cannot decode: near-sdk's texts. */
class DispatchTest {
    @RegisterExtension
    final FakeHost host = new FakeHost();

    /** Arguments {@code (name: String, age: u8)}, whose record refuses an empty name. */
    record Person(String name, int age) {
        Person {
            if (name.isEmpty()) {
                throw new IllegalArgumentException("a name");
            }
        }
    }

    private static final JsonStruct PERSON = JsonStruct.of("Person", JsonStruct.required("name", JsonCodecs.STRING),
            JsonStruct.required("age", JsonCodecs.U8_NUMBER));

    private static final JsonCodec<Person> ARGS = new JsonCodec<>() {
        @Override
        public Person read(JsonReader in) {
            Object[] values = PERSON.read(in);
            return new Person((String) values[0], (int) ((io.jnear.sdk.U8) values[1]).value());
        }

        @Override
        public void write(JsonWriter out, Person value) {
            throw new UnsupportedOperationException();
        }
    };

    @Test
    void argumentsAreReadByObjectOrPosition() {
        host.setInput("{\"age\":7,\"name\":\"ann\"}");
        assertEquals(new Person("ann", 7), Dispatch.readArgs(ARGS));
        host.setInput("[\"ann\",7]");
        assertEquals(new Person("ann", 7), Dispatch.readArgs(ARGS));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{}", "{\"name\":\"ann\",\"age\":-1}", "{\"name\":\"ann\",\"age\":256}",
        "{\"name\":\"ann\",\"age\":\"7\"}", "[\"ann\"]", "{\"name\":\"ann\",\"age\":7} x", "{\"name\":\"\",\"age\":7}"})
    void argumentsThatDoNotDecodePanicWithNearSdksTextAndTouchNoState(String json) {
        host.setInput(json);

        assertEquals("Failed to deserialize input from JSON.",
                assertThrows(ContractPanic.class, () -> Dispatch.readArgs(ARGS)).getMessage(), json);
        assertEquals(0, host.storageReads());
        assertEquals(List.of(), host.dump());
    }

    @Test
    void aCallbackResultThatDoesNotDecodePanicsWithTheErrorInBackticks() {
        host.setPromiseResults(PromiseResult.success("\"x\"".getBytes(StandardCharsets.UTF_8)));

        assertEquals("Failed to deserialize callback using JSON. Error: `invalid type: string, expected i32 at byte 0`",
                assertThrows(ContractPanic.class, () -> Dispatch.promiseResult(0, JsonCodecs.I32)).getMessage());
    }

    @Test
    void aFailedPromiseIsAFailedResultOrTheUnwrappedCallbacksPanic() {
        host.setPromiseResults(PromiseResult.success("7".getBytes(StandardCharsets.UTF_8)), PromiseResult.failed());

        assertEquals(PromiseResult.success(7), Dispatch.promiseResult(0, JsonCodecs.I32));
        assertEquals(true, Dispatch.promiseResult(1, JsonCodecs.I32).isFailure());
        assertEquals(7, Dispatch.unwrappedResult(0, JsonCodecs.I32));
        assertEquals("Callback computation 1 was not successful",
                assertThrows(ContractPanic.class, () -> Dispatch.unwrappedResult(1, JsonCodecs.I32)).getMessage());
    }
}

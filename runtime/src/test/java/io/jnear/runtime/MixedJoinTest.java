package io.jnear.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnear.sdk.AccountId;
import io.jnear.sdk.Env;
import io.jnear.sdk.Gas;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.Promise;
import io.jnear.sdk.PromiseResult;
import io.jnear.sdk.json.JsonCodecs;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Joins of mixed result types read back typed, and raw batches typed without changing the original promise. */
class MixedJoinTest {
    private static final AccountId SOURCE = AccountId.of("source.test.near");

    private final Sandbox sandbox = Sandbox.create();
    private final Account alice = sandbox.createAccount("alice.test.near", NearToken.near(100));

    private static Promise<Void> call(String method) {
        return Promise.create(SOURCE).functionCall(method, "{}", NearToken.ZERO, Gas.tgas(10));
    }

    @Test
    void aCallbackReadsFourResultsOfMixedTypesEachWithItsCodec() {
        sandbox.deploy(SOURCE.toString(), TestContracts.code("source", Map.of(
                "number", () -> Env.valueReturn("42".getBytes(StandardCharsets.UTF_8)),
                "text", () -> Env.valueReturn("\"hi\"".getBytes(StandardCharsets.UTF_8)),
                "names", () -> Env.valueReturn("[\"a\",\"b\"]".getBytes(StandardCharsets.UTF_8)),
                "broken", () -> {
                    throw Env.panic("down");
                })), null);
        Account joiner = sandbox.deploy("joiner.test.near", TestContracts.code("joiner", Map.of(
                "ask", () -> Promise.join(call("number"), call("text"), call("names"), call("broken"))
                        .then(Promise.create(Env.currentAccountId()).functionCall("on_all", "{}", NearToken.ZERO,
                                Gas.tgas(20))),
                "on_all", () -> {
                    long number = Env.promiseResult(0, JsonCodecs.I64).value();
                    String text = Env.promiseResult(1, JsonCodecs.STRING).value();
                    List<String> names = Env.promiseResult(2, JsonCodecs.list(JsonCodecs.STRING)).value();
                    PromiseResult<String> broken = Env.promiseResult(3, JsonCodecs.STRING);
                    Env.log(number + 1 + " " + text.toUpperCase() + " " + names.size() + " " + broken.isFailure());
                },
                "misread", () -> Promise.join(call("text"))
                        .then(Promise.create(Env.currentAccountId()).functionCall("on_misread", "{}",
                                NearToken.ZERO, Gas.tgas(20))),
                "on_misread", () -> Env.promiseResult(0, JsonCodecs.I64))), null);

        ExecutionResult<String> r = alice.call(joiner.id(), "ask", "{}");
        assertEquals(List.of("43 HI 2 true"), r.receipt(joiner.id(), "on_all").logs());

        ExecutionResult<String> misread = alice.call(joiner.id(), "misread", "{}");
        assertTrue(misread.receipt(joiner.id(), "on_misread").failureMessage()
                .startsWith("Smart contract panicked: Failed to deserialize callback using JSON. Error: "),
                misread::toTree);
    }

    @Test
    void aRawBatchIsTypedByANewPromiseAndTheOriginalIsUsedUp() {
        sandbox.deploy(SOURCE.toString(), TestContracts.store(), null);
        Promise<Void> raw = Promise.create(SOURCE).functionCall("echo", "{\"value\":\"typed\"}", NearToken.ZERO,
                Gas.tgas(10));

        Promise<String> typed = raw.resolvingTo(JsonCodecs.STRING);

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> raw.transfer(NearToken.ONE_YOCTO));
        assertEquals("This promise was retyped (resolvingTo, returning); use the promise it returned", e.getMessage());
        assertThrows(IllegalStateException.class, () -> raw.then(typed));
        assertThrows(IllegalStateException.class, () -> raw.resolvingTo(JsonCodecs.I64));
        assertEquals(raw.actions(), typed.actions());
        assertEquals("typed", alice.transact(typed).value());
    }

    @Test
    void returningAlsoTypesANewPromiseAndUsesUpTheRawOne() {
        sandbox.deploy(SOURCE.toString(), TestContracts.store(), null);
        Promise<Void> raw = Promise.create(SOURCE).functionCall("echo", "{\"value\":\"again\"}", NearToken.ZERO,
                Gas.tgas(10));

        Promise<Integer> length = raw.returning(bytes -> bytes.length);

        assertThrows(IllegalStateException.class, () -> raw.transfer(NearToken.ONE_YOCTO));
        assertThrows(IllegalStateException.class, () -> raw.returning(bytes -> 0));
        assertEquals(raw.actions(), length.actions());
        assertEquals(7, alice.transact(length).value()); // "again" as JSON, quotes included
    }
}

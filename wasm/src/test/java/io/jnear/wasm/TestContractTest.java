package io.jnear.wasm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnear.runtime.Account;
import io.jnear.runtime.ExecutionResult;
import io.jnear.runtime.Sandbox;
import io.jnear.sdk.NearToken;
import org.junit.jupiter.api.Test;

/** near-sdk-rs's test contract: initialisation rules and how a Rust panic reads. */
class TestContractTest {
    private final Sandbox sandbox = Sandbox.create();
    private final Account alice = sandbox.createAccount("alice.test.near", NearToken.near(10));
    private final Account contract = sandbox.deployWasm("tc.test.near", RealContracts.testContract());

    @Test
    void initialisingTwiceFails() {
        assertTrue(alice.call(contract.id(), "new", "{}").isSuccess());
        ExecutionResult<String> again = alice.call(contract.id(), "new", "{}");
        assertEquals("Smart contract panicked: The contract has already been initialized", again.failureText());
    }

    @Test
    void migrateStateInitialisesEvenOverExistingState() {
        assertTrue(alice.call(contract.id(), "new", "{}").isSuccess());
        ExecutionResult<String> r = alice.call(contract.id(), "migrate_state", "{}");
        assertTrue(r.isSuccess(), r::toTree);
    }

    @Test
    void aPanicSurfacesWithItsMessageAndLocation() {
        ExecutionResult<String> r = alice.call(contract.id(), "test_panic_macro", "{}");
        assertEquals("Smart contract panicked: panicked at 'PANIC!', src/lib.rs:34:9", r.failureText());
        assertTrue(r.toJson().contains("\"FunctionCallError\" : {\n            \"ExecutionError\" : "
                + "\"Smart contract panicked: panicked at 'PANIC!', src/lib.rs:34:9\""), r::toJson);
    }

    @Test
    void anUnknownMethodIsMethodNotFound() {
        ExecutionResult<String> r = alice.call(contract.id(), "no_such_method", "{}");
        assertEquals("MethodResolveError(MethodNotFound)", r.failureText());
    }
}

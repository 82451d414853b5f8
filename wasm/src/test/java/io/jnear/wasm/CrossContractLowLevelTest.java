package io.jnear.wasm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jnear.runtime.Account;
import io.jnear.runtime.ExecutionResult;
import io.jnear.runtime.Sandbox;
import io.jnear.sdk.Gas;
import io.jnear.sdk.NearToken;
import org.junit.jupiter.api.Test;

/** near-sdk-rs's low-level cross-contract example: factorial through a chain of receipts and callbacks. */
class CrossContractLowLevelTest {
    private final Sandbox sandbox = Sandbox.create();
    private final Account alice = sandbox.createAccount("alice.test.near", NearToken.near(10));
    private final Account math = sandbox.deployWasm("math.test.near", RealContracts.crossContractLowLevel());

    @Test
    void factorialOfOneIsOne() {
        ExecutionResult<String> r = alice.call(math.id(), "factorial", "{\"n\":1}", NearToken.ZERO, Gas.tgas(300));
        assertEquals("1", r.json(), r::toTree);
    }

    @Test
    void factorialOfTenRunsAChainOfTwentyCallsAndReturns3628800() {
        ExecutionResult<String> r = alice.call(math.id(), "factorial", "{\"n\":10}", NearToken.ZERO, Gas.tgas(300));
        assertEquals("3628800", r.json(), r::toTree);
        long calls = r.receiptOutcomes().stream().filter(o -> o.executorId().equals(math.id())).count();
        assertEquals(19, calls, r::toTree); // factorial(10..1) and factorial_mult for 2..10
        sandbox.checkConservation();
    }

    @Test
    void theCallbackIsPrivate() {
        ExecutionResult<String> r = alice.call(math.id(), "factorial_mult", "[3]", NearToken.ZERO, Gas.tgas(30));
        assertEquals("Smart contract panicked: require! assertion failed", r.failureText(), r::toTree);
    }
}

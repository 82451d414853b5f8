package io.jnear.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnear.runtime.exec.Chain;
import io.jnear.runtime.exec.InjectedFailure;
import io.jnear.runtime.outcome.ExecutionOutcome;
import io.jnear.sdk.Gas;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.Promise;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Remote failures injected with {@link Sandbox#failCallsDueNext(io.jnear.sdk.AccountId, String, InjectedFailure)}:
 * the caller's contract sends 1 NEAR to the store's {@code receive} (which writes and logs) with 10 Tgas,
 * and a callback that records the result. Every way of failing ends as NEAR ends a failed receipt: the
 * deposit back to the caller, the callee's writes gone, the callback run with a failed result, the
 * caller's own earlier write kept; they differ in the gas burnt and the text.
 */
class InjectedFailureTest {
    private static final String CALL = "{\"target\":\"store.test.near\",\"method\":\"receive\",\"deposit\":\"1 NEAR\"}";

    private final Sandbox sandbox = Sandbox.create(SandboxConfig.builder().checkConservation(true).build());
    private final Account alice = sandbox.createAccount("alice.test.near", NearToken.near(100));
    private final Account caller = sandbox.deploy("caller.test.near", TestContracts.caller(), null);
    private final Account store = sandbox.deploy("store.test.near", TestContracts.store(), null);

    /** Runs the call on a fork of the sandbox, with {@code how} injected into the store's {@code receive}. */
    private Run run(InjectedFailure how) {
        Sandbox s = sandbox.fork();
        SubmittedTransaction<Void> tx = s.submit(alice.id(), Promise.create(caller.id()).functionCall("call", CALL,
                NearToken.ZERO, Gas.tgas(100)));
        for (int block = 0; s.receiptsDueNext().stream().noneMatch(r -> r.receiverId().equals(store.id())); block++) {
            assertTrue(block < 5, "the call to the store never became due");
            s.produceBlock();
        }
        if (how != null) {
            assertEquals(1, s.failCallsDueNext(store.id(), "receive", how));
        }
        s.runUntilIdle();
        ExecutionResult<Void> result = tx.await();
        return new Run(s, result, result.receipt(store.id(), "receive"));
    }

    private record Run(Sandbox sandbox, ExecutionResult<Void> result, ExecutionOutcome callee) {
    }

    private void assertFailedAsNearFailsAReceipt(Run run, String text) {
        assertEquals(text, run.callee().failureMessage(), run.result()::toTree);
        assertEquals(List.of(NearToken.near(1)), run.result().refundAmountsTo(caller.id()).stream()
                .filter(n -> n.equals(NearToken.near(1))).toList(), "the deposit goes back to the caller");
        assertFalse(run.sandbox().viewState(store.id()).containsKey("received"), "the callee's write is gone");
        assertEquals("changed", run.sandbox().viewState(caller.id()).get("before"), "the caller's write stays");
        assertEquals("failed", run.sandbox().viewState(caller.id()).get("results"), "the callback saw a failure");
        assertTrue(run.result().isSuccess(), "the callback succeeded, and with it the transaction");
        assertTrue(run.sandbox().exists(store.id()));
    }

    @Test
    void aPanicBeforeTheCallBurnsOnlyTheActionsExecutionFee() {
        Run panic = run(InjectedFailure.PANIC);

        assertFailedAsNearFailsAReceipt(panic, Chain.INJECTED_FAILURE);
        assertEquals(List.of(), panic.callee().logs());
        assertEquals(0, panic.callee().profiledGas("WASM_INSTRUCTION"));
    }

    @Test
    void aPanicAfterTheCallsWritesKeepsItsLogsAndGasButNotItsWrites() {
        Run panic = run(InjectedFailure.PANIC);
        Run late = run(InjectedFailure.PANIC_AFTER_WRITES);

        assertFailedAsNearFailsAReceipt(late, Chain.INJECTED_LATE_FAILURE);
        assertEquals(List.of("received 1000000000000000000000000"), late.callee().logs());
        assertTrue(late.callee().gasBurnt() > panic.callee().gasBurnt(), "the call ran before it failed");
    }

    @Test
    void runningOutOfGasBurnsAllTheGasTheCallWasGiven() {
        Run panic = run(InjectedFailure.PANIC);
        Run starved = run(InjectedFailure.OUT_OF_GAS);

        assertFailedAsNearFailsAReceipt(starved, "Exceeded the prepaid gas.");
        assertEquals(panic.callee().gasBurnt() + Gas.tgas(10).asGas(), starved.callee().gasBurnt(),
                "the execution fee and every one of the 10 Tgas attached");
        assertEquals(List.of("received 1000000000000000000000000"), starved.callee().logs());
    }

    @Test
    void aMissingAccountRunsNoCodeAndBurnsOnlyTheExecutionFee() {
        Run panic = run(InjectedFailure.PANIC);
        Run missing = run(InjectedFailure.MISSING_ACCOUNT);

        assertFailedAsNearFailsAReceipt(missing, "Can't complete the action because account \"store.test.near\" doesn't exist");
        assertEquals(panic.callee().gasBurnt(), missing.callee().gasBurnt());
        assertEquals(List.of(), missing.callee().logs());
    }

    @Test
    void withoutAnInjectedFailureTheStoreReceivesTheDeposit() {
        Run ok = run(null);

        assertTrue(ok.callee().failure().isEmpty(), ok.result()::toTree);
        assertEquals("1000000000000000000000000", ok.sandbox().viewState(store.id()).get("received"));
        assertEquals("ok:", ok.sandbox().viewState(caller.id()).get("results"));
    }
}

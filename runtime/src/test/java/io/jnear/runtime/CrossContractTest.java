package io.jnear.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnear.runtime.outcome.ExecutionOutcome;
import io.jnear.runtime.outcome.ExecutionStatus;
import io.jnear.sdk.NearToken;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CrossContractTest {
    private Sandbox sandbox;
    private Account alice;
    private Account caller;
    private Account store;

    @BeforeEach
    void setUp() {
        sandbox = Sandbox.create();
        alice = sandbox.createAccount("alice.test.near", NearToken.near(100));
        caller = sandbox.deploy("caller.test.near", TestContracts.caller(), null);
        store = sandbox.deploy("store.test.near", TestContracts.store(), null);
    }

    private ExecutionResult<String> call(String method, String json) {
        return alice.call(caller.id(), method, json);
    }

    private ExecutionOutcome outcomeOf(ExecutionResult<?> r, String account, String method) {
        return r.receiptOutcomes().stream()
                .filter(o -> o.executorId().toString().equals(account) && !o.isRefund()
                        && o.actions().get(0) instanceof io.jnear.sdk.Action.FunctionCall f
                        && f.methodName().equals(method))
                .findFirst().orElseThrow(() -> new AssertionError("no outcome of " + account + "." + method));
    }

    @Test
    void calleeRunsOneBlockLaterAndItsCallbackOneBlockAfterThat() {
        ExecutionResult<String> r = call("call",
                "{\"target\":\"store.test.near\",\"method\":\"echo\",\"args\":\"{\\\"value\\\":\\\"hi\\\"}\"}");

        long tx = r.transactionOutcome().blockHeight();
        ExecutionOutcome first = outcomeOf(r, "caller.test.near", "call");
        ExecutionOutcome callee = outcomeOf(r, "store.test.near", "echo");
        ExecutionOutcome callback = outcomeOf(r, "caller.test.near", "on_result");
        assertEquals(tx + 1, first.blockHeight());
        assertEquals(tx + 2, callee.blockHeight());
        assertEquals(tx + 3, callback.blockHeight());
        assertEquals(List.of("callback saw [ok:\"hi\"]"), callback.logs());
    }

    @Test
    void selfSignedCallRunsInTheSameBlockAsItsTransaction() {
        ExecutionResult<String> r = caller.call(caller.id(), "read", "{\"key\":\"x\"}");
        assertEquals(r.transactionOutcome().blockHeight(), r.receiptOutcomes().get(0).blockHeight());
        assertEquals("null", r.value());
    }

    @Test
    void failedCalleeIsRevertedRefundedAndTheCallbackSeesFailedWhileCallerStateStays() {
        NearToken storeBefore = store.balance();

        ExecutionResult<String> r = alice.call(caller.id(), "call",
                "{\"target\":\"store.test.near\",\"method\":\"fail\",\"deposit\":\"1000000000000000000000000\"}",
                NearToken.near(2), io.jnear.sdk.Gas.ZERO);

        ExecutionOutcome callee = outcomeOf(r, "store.test.near", "fail");
        ExecutionStatus.Failure failure = (ExecutionStatus.Failure) callee.status();
        assertEquals("Smart contract panicked: boom", failure.error().message());
        assertEquals("{\"ActionError\":{\"index\":0,\"kind\":{\"FunctionCallError\":"
                + "{\"ExecutionError\":\"Smart contract panicked: boom\"}}}}", json(failure.error()));
        assertEquals(List.of("about to fail"), callee.logs(), "logs of a failed receipt stay in its outcome");
        assertNull(sandbox.storageValue(store.id(), TestContracts.key("dirty")), "callee's write is reverted");

        ExecutionOutcome refund = r.receiptOutcomes().stream()
                .filter(o -> o.isRefund() && o.executorId().equals(caller.id())
                        && o.blockHeight() == callee.blockHeight() + 1)
                .filter(o -> ((io.jnear.sdk.Action.Transfer) o.actions().get(0)).deposit().equals(NearToken.near(1)))
                .findFirst().orElseThrow(() -> new AssertionError("no deposit refund to caller"));
        // action_receipt_creation + transfer execution fees, burnt at the refund's gas price of 0
        assertEquals(223_182_562_500L, refund.gasBurnt());
        assertEquals(NearToken.ZERO, refund.tokensBurnt());

        ExecutionOutcome callback = outcomeOf(r, "caller.test.near", "on_result");
        assertEquals(List.of("callback saw [failed]"), callback.logs());
        assertEquals("changed", new String(sandbox.storageValue(caller.id(), TestContracts.key("before"))),
                "the caller's earlier change is not undone");
        assertEquals(storeBefore.plus(rewardOf(callee)), store.balance(), "callee keeps nothing but its gas reward");
        assertEquals(rewardOf(callee), r.gasRewardOf(store.id()), "the trace reports the same reward");
        assertTrue(r.isSuccess(), "a failure in a receipt that was not returned does not fail the transaction");
    }

    private static NearToken rewardOf(ExecutionOutcome o) {
        // 30% of the function's own gas; its fees (receipt creation and the action) earn nothing
        long fees = 108_059_500_000L + ProtocolConfig.protocol86().fees().execution(o.actions().get(0), io.jnear.runtime.state.AccountKind.NAMED);
        long vmBurnt = o.gasBurnt() - fees;
        return NearToken.ofYocto(java.math.BigInteger.valueOf(vmBurnt * 3 / 10).multiply(java.math.BigInteger.valueOf(100_000_000L)));
    }

    @Test
    void joinOfThreeCallsWithOneFailureDeliversThreeResultsInOrder() {
        ExecutionResult<String> r = call("join", "{\"calls\":["
                + "{\"target\":\"store.test.near\",\"method\":\"echo\",\"args\":\"{\\\"value\\\":\\\"a\\\"}\"},"
                + "{\"target\":\"store.test.near\",\"method\":\"fail\"},"
                + "{\"target\":\"store.test.near\",\"method\":\"echo\",\"args\":\"{\\\"value\\\":\\\"c\\\"}\"}]}");

        ExecutionOutcome callback = outcomeOf(r, "caller.test.near", "on_result");
        assertEquals(List.of("callback saw [ok:\"a\", failed, ok:\"c\"]"), callback.logs());
        assertEquals(1, r.failures().size(), "exactly one receipt failed");
    }

    @Test
    void returnedPromiseHandsTheFinalValueOfTheChainToTheCallback() {
        // caller.call -> caller.forward -> store.echo; the callback sees echo's value
        ExecutionResult<String> r = call("call", "{\"target\":\"caller.test.near\",\"method\":\"forward\",\"gas\":"
                + 60_000_000_000_000L + ",\"args\":\"{\\\"target\\\":\\\"store.test.near\\\",\\\"method\\\":"
                + "\\\"echo\\\",\\\"args\\\":\\\"{\\\\\\\"value\\\\\\\":\\\\\\\"deep\\\\\\\"}\\\"}\"}");

        ExecutionOutcome forward = outcomeOf(r, "caller.test.near", "forward");
        assertTrue(forward.status() instanceof ExecutionStatus.SuccessReceiptId);
        ExecutionOutcome callback = outcomeOf(r, "caller.test.near", "on_result");
        assertEquals(List.of("callback saw [ok:\"deep\"]"), callback.logs());
        assertTrue(callback.blockHeight() > outcomeOf(r, "store.test.near", "echo").blockHeight());
    }

    @Test
    void transactionFinalValueFollowsReturnedPromises() {
        ExecutionResult<String> r = alice.call(caller.id(), "forward",
                "{\"target\":\"store.test.near\",\"method\":\"echo\",\"args\":\"{\\\"value\\\":\\\"v\\\"}\"}");
        assertEquals("\"v\"", r.value());
    }

    @Test
    void anotherTransactionLandsBetweenCallAndCallbackAndSeesTheIntermediateState() {
        Account bob = sandbox.createAccount("bob.test.near", NearToken.near(5));
        SubmittedTransaction<Void> pending = alice.submit(io.jnear.sdk.Promise.create(caller.id())
                .functionCall("call", "{\"target\":\"store.test.near\",\"method\":\"echo\","
                        + "\"args\":\"{\\\"value\\\":\\\"x\\\"}\"}", NearToken.ZERO, io.jnear.sdk.Gas.ZERO));
        long start = sandbox.blockHeight();
        sandbox.produceBlock(); // the transaction becomes a receipt
        sandbox.produceBlock(); // caller.call runs: "before" changed, the callee is scheduled
        assertFalse(pending.isComplete());

        ExecutionResult<String> seen = bob.call(caller.id(), "snapshot", "{}");

        assertEquals("\"changed/null\"", seen.value(), "bob sees the change before the callback ran");
        ExecutionResult<Void> done = pending.await();
        assertTrue(done.isSuccess());
        ExecutionOutcome callback = outcomeOf(done, "caller.test.near", "on_result");
        assertTrue(seen.receiptOutcomes().get(0).blockHeight() <= callback.blockHeight());
        assertEquals(start + 4, callback.blockHeight());
        assertEquals("\"changed/ok:\\\"x\\\"\"", bob.call(caller.id(), "snapshot", "{}").value());
    }

    private static String json(Object error) {
        try {
            return io.jnear.runtime.json.Json.mapper().writeValueAsString(error);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }
}

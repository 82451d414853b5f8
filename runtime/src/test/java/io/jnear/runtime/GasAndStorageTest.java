package io.jnear.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnear.runtime.outcome.ActionErrorKind;
import io.jnear.runtime.outcome.ExecutionOutcome;
import io.jnear.runtime.outcome.ExecutionStatus;
import io.jnear.runtime.outcome.TxExecutionError;
import io.jnear.sdk.Action;
import io.jnear.sdk.Gas;
import io.jnear.sdk.NearToken;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GasAndStorageTest {
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

    @Test
    void unusedGasIsSharedByWeightWithTheRemainderToTheLastWeightedCall() {
        ExecutionResult<String> r = alice.call(caller.id(), "weights",
                "{\"target\":\"store.test.near\",\"weights\":[1,5,2]}");

        List<Long> shares = r.receiptOutcomes().stream()
                .filter(o -> o.executorId().equals(store.id()) && !o.isRefund())
                .map(o -> ((Action.FunctionCall) o.actions().get(0)).gas().asGas() - Gas.tgas(1).asGas())
                .toList();
        assertEquals(3, shares.size());
        long unused = shares.get(0) + shares.get(1) + shares.get(2);
        assertTrue(unused > Gas.tgas(200).asGas(), "most of the 300 Tgas default was unused: " + unused);
        assertEquals(unused * 1 / 8, shares.get(0));
        assertEquals(unused * 5 / 8, shares.get(1));
        assertEquals(unused - shares.get(0) - shares.get(1), shares.get(2));

        ExecutionOutcome weighted = r.receiptOutcomes().get(0);
        assertEquals(4, weighted.receiptIds().size(), "three calls and the gas refund");
        ExecutionOutcome refund = r.trace().outcome(weighted.receiptIds().get(3));
        // all gas was handed on (unused = 0): the refund is only (P − B) × burnt
        java.math.BigInteger priceDifference = java.math.BigInteger.valueOf(
                sandbox.config().gasPurchasePrice() - sandbox.config().gasPrice());
        assertEquals(new Action.Transfer(NearToken.ofYocto(
                priceDifference.multiply(java.math.BigInteger.valueOf(weighted.gasBurnt())))), refund.actions().get(0));
    }

    @Test
    void callbackGivenTooLittleGasFailsWithExceededThePrepaidGas() {
        ExecutionResult<String> r = alice.call(caller.id(), "call",
                "{\"target\":\"store.test.near\",\"method\":\"echo\",\"args\":\"{\\\"value\\\":\\\"v\\\"}\","
                        + "\"callback_gas\":1000000000}");

        ExecutionOutcome callback = r.receiptOutcomes().stream()
                .filter(o -> o.executorId().equals(caller.id()) && !o.isRefund()
                        && ((Action.FunctionCall) o.actions().get(0)).methodName().equals("on_result"))
                .findFirst().orElseThrow();
        ExecutionStatus.Failure failure = assertInstanceOf(ExecutionStatus.Failure.class, callback.status());
        assertEquals("Exceeded the prepaid gas.", failure.error().message());
        assertNull(sandbox.storageValue(caller.id(), TestContracts.key("results")));
    }

    @Test
    void contractThatCannotPayForItsStorageFailsWithLackBalanceForStateAndIsReverted() {
        NearToken before = store.balance();
        long usageBefore = store.storageUsage();

        ExecutionResult<String> r = alice.call(store.id(), "big_write", "{\"size\":2000000}");

        TxExecutionError.ActionError error = assertInstanceOf(TxExecutionError.ActionError.class,
                r.failure().orElseThrow());
        ActionErrorKind.LackBalanceForState lack = assertInstanceOf(ActionErrorKind.LackBalanceForState.class,
                error.kind());
        assertEquals(store.id(), lack.accountId());
        long wouldUse = usageBefore + "big".length() + 2_000_000 + 40;
        NearToken required = NearToken.ofYocto(java.math.BigInteger.valueOf(wouldUse).multiply(
                java.math.BigInteger.TEN.pow(19)));
        assertEquals(required.minus(before), lack.amount(), "measured before the gas reward is credited");
        assertEquals("{\"ActionError\":{\"index\":null,\"kind\":{\"LackBalanceForState\":{\"account_id\":"
                + "\"store.test.near\",\"amount\":\"" + lack.amount().toYoctoString() + "\"}}}}", json(error));
        assertNull(sandbox.storageValue(store.id(), TestContracts.key("big")));
        assertEquals(usageBefore, store.storageUsage());
        assertEquals(before.plus(r.gasRewardOf(store.id())), store.balance(), "only the gas reward remains");
    }


    @Test
    void unusedGasIsRefundedToTheSigner() {
        NearToken before = alice.balance();
        ExecutionResult<String> r = alice.call(store.id(), "echo", "{\"value\":\"x\"}");

        ExecutionOutcome gasRefund = r.receiptOutcomes().stream().filter(ExecutionOutcome::isRefund)
                .findFirst().orElseThrow();
        assertEquals(alice.id(), gasRefund.executorId());
        assertEquals(r.receiptOutcomes().get(0).blockHeight() + 1, gasRefund.blockHeight());
        assertEquals(before.minus(r.tokensBurnt()), alice.balance(), "alice pays exactly the gas burnt");
    }

    @Test
    void viewCallsMayNotWriteState() {
        ViewCallException e = org.junit.jupiter.api.Assertions.assertThrows(ViewCallException.class,
                () -> sandbox.viewJson(store.id(), "set", "{\"key\":\"k\",\"value\":\"v\"}"));
        assertEquals("storage_write is not allowed in view calls", e.error());
        assertEquals("\"x\"", sandbox.viewJson(store.id(), "echo", "{\"value\":\"x\"}"));
    }

    @Test
    void unknownMethodAndMissingCodeFailWithNearsErrors() {
        ExecutionResult<String> missing = alice.call(store.id(), "nope", "{}");
        assertEquals("{\"ActionError\":{\"index\":0,\"kind\":{\"FunctionCallError\":"
                + "{\"MethodResolveError\":\"MethodNotFound\"}}}}", json(missing.failure().orElseThrow()));

        ExecutionResult<String> noCode = alice.call(sandbox.root().id(), "anything", "{}");
        assertEquals("{\"ActionError\":{\"index\":0,\"kind\":{\"FunctionCallError\":{\"CompilationError\":"
                + "{\"CodeDoesNotExist\":{\"account_id\":\"test.near\"}}}}}}", json(noCode.failure().orElseThrow()));
    }

    static String json(Object o) {
        try {
            return io.jnear.runtime.json.Json.mapper().writeValueAsString(o);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * The overwrite finds the value it replaces in the same lookup that writes it, so the write happens
     * before its evicted bytes are charged: a call that runs out of gas right there must still leave the old
     * value, the old storage usage and the balance as they were (the receipt rolls the write back).
     */
    @Test
    void anOverwriteOutOfGasAtItsEvictedBytesKeepsTheOldValue() {
        String old = "x".repeat(2000);
        alice.call(store.id(), "set", "{\"key\":\"k\",\"value\":\"" + old + "\"}");
        long usage = sandbox.chain().state().get(store.id()).storageUsage();
        String overwrite = "{\"key\":\"k\",\"value\":\"y\"}";
        long fullEviction = overwriteOnAFork(overwrite, Gas.tgas(30).asGas())
                .profiledGas("STORAGE_WRITE_EVICTED_BYTE");
        assertTrue(fullEviction > 0);
        // the least gas with which the evicted bytes are charged in full; one less runs out inside that charge
        long low = 1;
        long high = Gas.tgas(30).asGas();
        while (low < high) {
            long mid = low + (high - low) / 2;
            if (overwriteOnAFork(overwrite, mid).profiledGas("STORAGE_WRITE_EVICTED_BYTE") == fullEviction) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }

        ExecutionResult<String> r = alice.call(store.id(), "set", overwrite, NearToken.ZERO, Gas.of(low - 1));

        ExecutionOutcome call = r.receiptOutcomes().get(0);
        assertEquals("Exceeded the prepaid gas.", call.failureMessage());
        assertEquals(fullEviction - 1, call.profiledGas("STORAGE_WRITE_EVICTED_BYTE"));
        assertEquals(0, call.profiledGas("TOUCHING_TRIE_NODE"));
        assertEquals("\"" + old + "\"", sandbox.viewJson(store.id(), "get", "{\"key\":\"k\"}"));
        assertEquals(usage, sandbox.chain().state().get(store.id()).storageUsage());
        sandbox.checkConservation();
    }

    /** The overwrite's call outcome with {@code gas} attached, run on a fork so this sandbox stays as it is. */
    private ExecutionOutcome overwriteOnAFork(String args, long gas) {
        Sandbox fork = sandbox.fork();
        return fork.account(alice.id()).call(store.id(), "set", args, NearToken.ZERO, Gas.of(gas))
                .receiptOutcomes().get(0);
    }
}

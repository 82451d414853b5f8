package io.jnear.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnear.runtime.outcome.ExecutionOutcome;
import io.jnear.runtime.outcome.Nep297Event;
import io.jnear.sdk.Action;
import io.jnear.sdk.Env;
import io.jnear.sdk.Gas;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.Promise;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutcomeQueriesTest {
    private static final String ECHO_THROUGH_CALLER =
            "{\"target\":\"store.test.near\",\"method\":\"echo\",\"args\":\"{\\\"value\\\":\\\"hi\\\"}\"}";

    private final Sandbox sandbox = Sandbox.create();
    private final Account alice = sandbox.createAccount("alice.test.near", NearToken.near(100));
    private final Account caller = sandbox.deploy("caller.test.near", TestContracts.caller(), null);
    private final Account store = sandbox.deploy("store.test.near", TestContracts.store(), null);

    @Test
    void receiptsAreFoundByMethodAndReceiver() {
        ExecutionResult<String> r = alice.call(caller.id(), "call", ECHO_THROUGH_CALLER);

        assertEquals(List.of("callback saw [ok:\"hi\"]"), r.receipt(caller.id(), "on_result").logs());
        assertEquals(r.blockHeight() + 2, r.receipt(store.id(), "echo").blockHeight());
        assertEquals(1, r.receipts("echo").size());
        assertEquals(List.of("call", "on_result"), methods(r.receiptsOn(caller.id())));
    }

    @Test
    void aMissingReceiptIsReportedWithTheTree() {
        ExecutionResult<String> r = alice.call(caller.id(), "call", ECHO_THROUGH_CALLER);

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> r.receipt(store.id(), "get"));
        assertTrue(e.getMessage().startsWith("0 receipts ran get on store.test.near, not one\n"), e.getMessage());
        assertTrue(e.getMessage().contains("echo"), e.getMessage());
    }

    @Test
    void failureMessagesReadWithoutCasts() {
        ExecutionResult<String> r = alice.call(store.id(), "fail", "{\"message\":\"no way\"}");

        assertEquals("Smart contract panicked: no way", r.failureMessage());
        ExecutionOutcome failed = r.receipt(store.id(), "fail");
        assertEquals("Smart contract panicked: no way", failed.failureMessage());
        assertEquals(List.of("about to fail"), failed.logs());
        assertNull(alice.call(store.id(), "echo", "{\"value\":\"x\"}").failureMessage());
    }

    @Test
    void aFailedCallsDepositComesBackAsARefundAndBalanceChangesAddUpToTheBurntTokens() {
        NearToken burntBefore = sandbox.totalBurnt();
        ExecutionResult<String> r = alice.call(store.id(), "fail", "{}", NearToken.near(3), Gas.tgas(20));

        assertTrue(r.refundAmountsTo(alice.id()).contains(NearToken.near(3)), r.toTree());
        assertEquals(r.gasRewardOf(store.id()).asYocto(), r.balanceChange(store.id()));
        BigInteger sum = r.balanceChanges().values().stream().reduce(BigInteger.ZERO, BigInteger::add);
        assertEquals(sandbox.totalBurnt().asYocto().subtract(burntBefore.asYocto()).negate(), sum);
        assertEquals(List.of(alice.id(), store.id()), new ArrayList<>(r.balanceChanges().keySet()));
    }

    @Test
    void backToBackTransactionsEachReportTheirOwnBalanceChanges() {
        Account bob = sandbox.createAccount("bob.test.near", NearToken.near(10));
        BigInteger aliceBefore = alice.balance().asYocto();
        BigInteger bobBefore = bob.balance().asYocto();

        ExecutionResult<Void> first = alice.transfer(bob.id(), NearToken.near(1));
        BigInteger aliceBetween = alice.balance().asYocto();
        BigInteger bobBetween = bob.balance().asYocto();
        ExecutionResult<Void> second = bob.transfer(alice.id(), NearToken.near(2));

        assertEquals(Map.of(alice.id(), aliceBetween.subtract(aliceBefore), bob.id(), NearToken.near(1).asYocto()),
                first.balanceChanges());
        assertEquals(Map.of(alice.id(), NearToken.near(2).asYocto(), bob.id(),
                bob.balance().asYocto().subtract(bobBetween)), second.balanceChanges());
        assertEquals(bobBetween, bobBefore.add(NearToken.near(1).asYocto()));
    }

    @Test
    void aTransactionSubmittedBeforeAnotherRanCountsItsChangesToo() {
        Account bob = sandbox.createAccount("bob.test.near", NearToken.near(10));
        BigInteger aliceBefore = alice.balance().asYocto();
        BigInteger bobBefore = bob.balance().asYocto();

        SubmittedTransaction<Void> first = alice.submit(Promise.create(bob.id()).transfer(NearToken.near(1)));
        SubmittedTransaction<Void> second = bob.submit(Promise.create(alice.id()).transfer(NearToken.near(2)));
        ExecutionResult<Void> firstDone = first.await();
        ExecutionResult<Void> secondDone = second.await();

        // both start from the balances before either ran; each ends when it is complete
        assertEquals(alice.balance().asYocto().subtract(aliceBefore), secondDone.balanceChange(alice.id()));
        assertEquals(bob.balance().asYocto().subtract(bobBefore), secondDone.balanceChange(bob.id()));
        assertEquals(firstDone.balanceChanges().keySet(), secondDone.balanceChanges().keySet());
    }

    @Test
    void aSandboxOfManyAccountsMayLeaveBalanceChangesUnrecorded() {
        Sandbox lean = Sandbox.create(SandboxConfig.builder().recordBalanceChanges(false).build());
        Account bob = lean.createAccount("bob.test.near", NearToken.near(5));

        ExecutionResult<Void> r = bob.transfer(lean.root().id(), NearToken.near(1));

        assertTrue(r.isSuccess(), r::toTree);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> r.balanceChange(bob.id()));
        assertEquals("This sandbox does not record balance changes: build it with "
                + "SandboxConfig.builder().recordBalanceChanges(true)", e.getMessage());
    }

    @Test
    void eventsAreDecodedFromTheLogsAsNep297() {
        Account minter = sandbox.deploy("minter.test.near", TestContracts.code("minter", Map.of("mint", () -> {
            Env.log("minting");
            Env.log("EVENT_JSON:{\"standard\":\"nep171\",\"version\":\"1.0.0\",\"event\":\"nft_mint\","
                    + "\"data\":[{\"owner_id\":\"alice.test.near\",\"token_ids\":[\"1\"]}]}");
            Env.log("EVENT_JSON:{\"standard\":\"nep171\"}");
        })), null);

        ExecutionResult<String> r = alice.call(minter.id(), "mint", "{}");

        List<Nep297Event> events = r.events();
        assertEquals(1, events.size());
        assertEquals("nep171", events.get(0).standard());
        assertEquals("1.0.0", events.get(0).version());
        assertEquals("nft_mint", events.get(0).event());
        assertEquals("alice.test.near", events.get(0).data().get(0).get("owner_id").asText());
        assertEquals("[{\"owner_id\":\"alice.test.near\",\"token_ids\":[\"1\"]}]", events.get(0).dataJson());
        assertEquals(events, r.receipt(minter.id(), "mint").events());
    }

    @Test
    void aContractAccountCanBeDeployedWithItsOwnBalance() {
        Account rich = sandbox.deploy("rich.test.near", TestContracts.store(), null, NearToken.near(250));

        assertEquals(NearToken.near(250), rich.balance());
    }

    @Test
    void aTransactionsGasIsSetByNameAndZeroIsRefused() {
        Promise<Void> echo = Promise.create(store.id()).functionCall("echo", "{\"value\":\"g\"}", NearToken.ZERO,
                Gas.ZERO);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> alice.transact(echo, Gas.ZERO));
        assertEquals("A transaction's gas must be more than zero; leave it out to attach the default ("
                + sandbox.config().defaultCallGas() + ")", e.getMessage());

        ExecutionResult<Void> r = alice.transact(echo, Gas.tgas(7));
        assertTrue(r.isSuccess(), r::toTree);
        assertEquals(Gas.tgas(7), ((Action.FunctionCall) r.trace().actions().get(0)).gas());
    }

    @Test
    void aPendingTransactionAnswersTheSameQueriesAsItRuns() {
        List<SubmittedTransaction<?>> seen = new ArrayList<>();
        sandbox.onSubmit(seen::add);
        SubmittedTransaction<String> pending = alice.submit(Promise.create(caller.id())
                .functionCall("call", ECHO_THROUGH_CALLER, NearToken.ZERO, Gas.tgas(100))
                .returning(bytes -> new String(bytes, java.nio.charset.StandardCharsets.UTF_8)));
        assertSame(pending, seen.get(0));

        sandbox.produceBlock();
        sandbox.produceBlock();
        assertEquals(1, pending.receiptsOn(caller.id()).size());
        assertEquals(List.of(), pending.receipts("on_result"));

        pending.await();
        assertEquals(List.of("callback saw [ok:\"hi\"]"), pending.logs());
        assertEquals(1, pending.receipts("on_result").size());
    }

    private static List<String> methods(List<ExecutionOutcome> outcomes) {
        return outcomes.stream().map(o -> ((Action.FunctionCall) o.actions().get(0)).methodName()).toList();
    }
}

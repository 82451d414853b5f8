package io.jnear.samples.token;

import static io.jnear.testing.OutcomeAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnear.runtime.ExecutionResult;
import io.jnear.runtime.SubmittedTransaction;
import io.jnear.runtime.outcome.ExecutionOutcome;
import io.jnear.sdk.Action;
import io.jnear.sdk.U128;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * NEP-141 {@code ft_transfer_call}: the receiver is credited and called, and what it reports unused
 * comes back to the sender in {@code ft_resolve_transfer}, or is burnt if the sender left meanwhile.
 */
class FungibleTokenTransferCallTest extends TokenTest {
    private static final String ALICE_TO_RECEIVER_100 = "EVENT_JSON:{\"standard\":\"nep141\",\"version\":\"1.0.0\","
            + "\"event\":\"ft_transfer\",\"data\":[{\"old_owner_id\":\"alice.test.near\","
            + "\"new_owner_id\":\"receiver.test.near\",\"amount\":\"100\"}]}";

    @BeforeEach
    void setUp() {
        register(receiver);
    }

    private ExecutionResult<U128> aliceSends100(String msg) {
        return alice.transact(tokenWithOneYocto().ftTransferCall(receiver.id(), U128.of(100), Optional.empty(), msg));
    }

    private static String refundEvent(long amount) {
        return "EVENT_JSON:{\"standard\":\"nep141\",\"version\":\"1.0.0\",\"event\":\"ft_transfer\","
                + "\"data\":[{\"old_owner_id\":\"receiver.test.near\",\"new_owner_id\":\"alice.test.near\","
                + "\"amount\":\"" + amount + "\",\"memo\":\"refund\"}]}";
    }

    @Test
    void receiverThatUsesEverythingKeepsEverything() {
        ExecutionResult<U128> r = aliceSends100("accept");

        assertEquals(U128.of(100), r.value(), r::toTree);
        assertEquals(List.of(ALICE_TO_RECEIVER_100, "Received 100 from alice.test.near with msg accept"), r.logs());
        assertEquals(U128.of(999_900), balanceOf(alice));
        assertEquals(U128.of(100), balanceOf(receiver));
        assertEquals(TOTAL_SUPPLY, totalSupply());
    }

    @Test
    void partOfTheAmountReportedUnusedIsRefunded() {
        ExecutionResult<U128> r = aliceSends100("return:30");

        assertEquals(U128.of(70), r.value(), r::toTree);
        assertEquals(List.of(ALICE_TO_RECEIVER_100, "Received 100 from alice.test.near with msg return:30",
                refundEvent(30)), r.logs());
        assertEquals(U128.of(999_930), balanceOf(alice));
        assertEquals(U128.of(70), balanceOf(receiver));
    }

    @Test
    void everythingReportedUnusedIsRefunded() {
        ExecutionResult<U128> r = aliceSends100("return:100");

        assertEquals(U128.ZERO, r.value(), r::toTree);
        assertEquals(refundEvent(100), r.logs().get(2));
        assertEquals(TOTAL_SUPPLY, balanceOf(alice));
        assertEquals(U128.ZERO, balanceOf(receiver));
    }

    @Test
    void unusedAmountIsCappedAtTheAmountSent() {
        give(receiver, 500); // the receiver could pay back more, but only the 100 sent are refundable

        ExecutionResult<U128> r = aliceSends100("return:1000");

        assertEquals(U128.ZERO, r.value(), r::toTree);
        assertEquals(refundEvent(100), r.logs().get(2));
        assertEquals(U128.of(500), balanceOf(receiver));
        assertEquals(U128.of(999_500), balanceOf(alice));
    }

    @Test
    void receiverPanicRefundsEverything() {
        ExecutionResult<U128> r = aliceSends100("panic");

        assertEquals(U128.ZERO, r.value(), r::toTree);
        ExecutionOutcome failed = r.failures().get(0);
        assertEquals("receiver.test.near", failed.executorId().toString());
        assertTrue(failed.status().toString().contains("Smart contract panicked: The receiver refuses the tokens"),
                failed.status()::toString);
        // a failed receipt's logs stay in its outcome, as on NEAR
        assertEquals(List.of(ALICE_TO_RECEIVER_100, "Received 100 from alice.test.near with msg panic",
                refundEvent(100)), r.logs());
        assertEquals(TOTAL_SUPPLY, balanceOf(alice));
        assertEquals(U128.ZERO, balanceOf(receiver));
    }

    @Test
    void answerThatIsNotAnAmountCountsAsNothingUsed() {
        ExecutionResult<U128> r = aliceSends100("nonsense");

        assertEquals(U128.ZERO, r.value(), r::toTree);
        assertEquals(refundEvent(100), r.logs().get(2));
        assertEquals(TOTAL_SUPPLY, balanceOf(alice));
    }

    @Test
    void receiverAnsweringWithAPromiseIsResolvedWithTheValueAtTheEndOfTheChain() {
        ExecutionResult<U128> r = aliceSends100("self-call");

        assertEquals(U128.of(50), r.value(), r::toTree);
        List<String> methods = r.receiptOutcomes().stream()
                .filter(o -> !o.isRefund())
                .map(o -> ((Action.FunctionCall) o.actions().get(0)).methodName())
                .toList();
        assertEquals(List.of("ft_transfer_call", "ft_on_transfer", "keep_half", "ft_resolve_transfer"), methods);
        assertEquals(refundEvent(50), r.logs().get(2));
        assertEquals(U128.of(999_950), balanceOf(alice));
        assertEquals(U128.of(50), balanceOf(receiver));
    }

    @Test
    void resolverGetsOnlyStaticGasAndTheReceiverTheRest() {
        ExecutionResult<U128> r = aliceSends100("accept");

        Action.FunctionCall onTransfer = (Action.FunctionCall) r.receipt(receiver.id(), "ft_on_transfer")
                .actions().get(0);
        Action.FunctionCall resolve = (Action.FunctionCall) r.receipt(token.id(), "ft_resolve_transfer")
                .actions().get(0);
        assertEquals(5_000_000_000_000L, resolve.gas().asGas());
        assertTrue(onTransfer.gas().asGas() > 250_000_000_000_000L, () -> "receiver got " + onTransfer.gas());
    }

    @Test
    void transferCallHasTheTransferRules() {
        ExecutionResult<U128> noDeposit = alice.transact(
                token().ftTransferCall(receiver.id(), U128.of(1), Optional.empty(), "accept"));
        ExecutionResult<U128> toUnregistered = alice.transact(
                tokenWithOneYocto().ftTransferCall(bob.id(), U128.of(1), Optional.empty(), "accept"));
        ExecutionResult<U128> tooMuch = alice.transact(tokenWithOneYocto()
                .ftTransferCall(receiver.id(), U128.of(1_000_001), Optional.empty(), "accept"));

        assertThat(noDeposit).failedWith("Smart contract panicked: Requires attached deposit of exactly 1 yoctoNEAR");
        assertThat(toUnregistered).failedWith("Smart contract panicked: The account bob.test.near is not registered");
        assertThat(tooMuch).failedWith("Smart contract panicked: The account doesn't have enough balance");
        assertEquals(List.of(), noDeposit.receipts("ft_on_transfer"), "the receiver is not called when the transfer fails");
        assertEquals(TOTAL_SUPPLY, balanceOf(alice));
    }

    @Test
    void refundIsLimitedToWhatTheReceiverStillHolds() {
        register(bob);
        SubmittedTransaction<U128> call = alice.submit(
                tokenWithOneYocto().ftTransferCall(receiver.id(), U128.of(100), Optional.empty(), "return:100"));
        sandbox.produceBlock(); // the transaction becomes a receipt
        // the receiver spends 80 of the 100 before the token resolves: its transfer runs two blocks from now,
        // beside ft_on_transfer and a block before ft_resolve_transfer
        SubmittedTransaction<Void> spend = receiver.submit(
                tokenWithOneYocto().ftTransfer(bob.id(), U128.of(80), Optional.empty()));
        sandbox.produceBlock(); // ft_transfer_call credits the receiver
        sandbox.produceBlock(); // ft_on_transfer runs, and the receiver's own transfer

        assertTrue(spend.await().isSuccess(), () -> spend.await().toTree());
        ExecutionResult<U128> r = call.await();
        assertEquals(U128.of(80), r.value(), r::toTree);
        assertEquals(refundEvent(20), r.logs().get(2));
        assertEquals(U128.of(999_920), balanceOf(alice));
        assertEquals(U128.ZERO, balanceOf(receiver));
        assertEquals(U128.of(80), balanceOf(bob));
    }

    @Test
    void nothingIsRefundedWhenTheReceiverHoldsNothingAnyMore() {
        SubmittedTransaction<U128> call = alice.submit(
                tokenWithOneYocto().ftTransferCall(receiver.id(), U128.of(100), Optional.empty(), "return:100"));
        sandbox.produceBlock(); // the transaction becomes a receipt
        // the receiver closes its token account, burning the 100, before the token resolves
        SubmittedTransaction<Boolean> leave = receiver.submit(tokenWithOneYocto().storageUnregister(Optional.of(true)));
        sandbox.produceBlock(); // ft_transfer_call credits the receiver
        sandbox.produceBlock(); // ft_on_transfer answers 100 unused; the receiver unregisters

        assertTrue(leave.await().value(), () -> leave.await().toTree());
        ExecutionResult<U128> r = call.await();
        assertEquals(U128.of(100), r.value(), r::toTree);
        assertEquals(List.of(ALICE_TO_RECEIVER_100, "Received 100 from alice.test.near with msg return:100"),
                r.logs(), "no refund event");
        assertEquals(U128.of(999_900), balanceOf(alice));
        assertEquals(U128.of(1_000_000 - 100), totalSupply());
    }

    @Test
    void refundToASenderWhoUnregisteredMeanwhileIsBurnt() {
        register(bob);
        give(bob, 150);
        SubmittedTransaction<U128> call = bob.submit(
                tokenWithOneYocto().ftTransferCall(receiver.id(), U128.of(100), Optional.empty(), "return:40"));
        sandbox.produceBlock(); // the transaction becomes a receipt
        // bob closes his token account (burning the 50 he has left) before the token resolves
        SubmittedTransaction<Boolean> leave = bob.submit(tokenWithOneYocto().storageUnregister(Optional.of(true)));
        sandbox.produceBlock(); // ft_transfer_call: bob 150 -> 50, receiver 0 -> 100
        sandbox.produceBlock(); // ft_on_transfer answers 40 unused; bob's unregister runs
        assertFalse(call.isComplete());

        ExecutionResult<Boolean> left = leave.await();
        ExecutionResult<U128> r = call.await();
        assertTrue(left.value(), left::toTree);
        assertEquals(List.of("EVENT_JSON:{\"standard\":\"nep141\",\"version\":\"1.0.0\",\"event\":\"ft_burn\","
                + "\"data\":[{\"owner_id\":\"bob.test.near\",\"amount\":\"50\"}]}",
                "Closed @bob.test.near with 50"), left.logs());
        ExecutionOutcome unregister = left.receiptOutcomes().get(0);
        ExecutionOutcome resolve = r.receipt(token.id(), "ft_resolve_transfer");
        assertTrue(unregister.blockHeight() < resolve.blockHeight(), r::toTree);

        assertEquals(U128.of(100), r.value(), "bob got nothing back: all 100 are gone from him");
        // near-contract-standards' lines, in its order
        assertEquals(List.of("The account of the sender was deleted",
                "EVENT_JSON:{\"standard\":\"nep141\",\"version\":\"1.0.0\",\"event\":\"ft_burn\","
                + "\"data\":[{\"owner_id\":\"receiver.test.near\",\"amount\":\"40\",\"memo\":\"refund\"}]}",
                "Account @bob.test.near burned 40"), resolve.logs());
        assertEquals(U128.of(60), balanceOf(receiver));
        assertEquals(U128.ZERO, balanceOf(bob));
        assertEquals(U128.of(1_000_000 - 50 - 40), totalSupply());
    }
}

package io.jnear.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnear.runtime.exec.InvalidTransactionException;
import io.jnear.runtime.fees.ActionCost;
import io.jnear.runtime.fees.ActionFees;
import io.jnear.runtime.outcome.ExecutionOutcome;
import io.jnear.runtime.outcome.InvalidTxError;
import io.jnear.sdk.Action;
import io.jnear.sdk.NearToken;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A plain transfer under protocol 86, each figure derived from the fee table as nearcore's tests derive
 * theirs. B is the gas price (burn price, 10^8), P the purchase price max(B, min_gas_purchase_price) =
 * 10^9.
 */
class TransferAndGasTest {
    private static final ActionFees FEES = ProtocolConfig.protocol86().fees();
    private static final BigInteger B = BigInteger.valueOf(100_000_000L);
    private static final BigInteger P = BigInteger.valueOf(1_000_000_000L);
    /** action_receipt_creation.send + transfer.send = 108,059,500,000 + 115,123,062,500. */
    private static final long TRANSFER_SEND = FEES.fee(ActionCost.NEW_ACTION_RECEIPT).send(false)
            + FEES.fee(ActionCost.TRANSFER).send(false);
    /** action_receipt_creation.execution + transfer.execution: the same 223,182,562,500. */
    private static final long TRANSFER_EXEC = FEES.fee(ActionCost.NEW_ACTION_RECEIPT).execution()
            + FEES.fee(ActionCost.TRANSFER).execution();

    private static NearToken yocto(BigInteger v) {
        return NearToken.ofYocto(v);
    }

    private static BigInteger gas(long g) {
        return BigInteger.valueOf(g);
    }

    @Test
    void theFeeTableGivesTheDocumentedTransferGas() {
        assertEquals(223_182_562_500L, TRANSFER_SEND);
        assertEquals(223_182_562_500L, TRANSFER_EXEC);
    }

    @Test
    void aPlainTransferBurnsItsFeesAtTheGasPriceAndRefundsThePriceDifference() {
        Sandbox sandbox = Sandbox.create();
        Account alice = sandbox.createAccount("alice.test.near", NearToken.near(10));
        Account bob = sandbox.createAccount("bob.test.near", NearToken.near(5));

        ExecutionResult<Void> r = alice.transfer(bob.id(), NearToken.near(1));

        assertTrue(r.isSuccess());
        ExecutionOutcome tx = r.transactionOutcome();
        assertEquals(TRANSFER_SEND, tx.gasBurnt());
        assertEquals(yocto(gas(TRANSFER_SEND).multiply(B)), tx.tokensBurnt(), "22,318,256,250,000,000,000 yocto");
        ExecutionOutcome receipt = r.receiptOutcomes().get(0);
        assertEquals(TRANSFER_EXEC, receipt.gasBurnt());
        assertEquals(yocto(gas(TRANSFER_EXEC).multiply(B)), receipt.tokensBurnt());

        // refund = unused × P + (P − B) × burnt = 0 + 9·10^8 × 223,182,562,500
        NearToken refund = yocto(P.subtract(B).multiply(gas(TRANSFER_EXEC)));
        assertEquals(NearToken.parse("200864306250000000000"), refund, "0.00020086430625 NEAR");
        assertEquals(2, r.receiptOutcomes().size(), "the transfer, then the gas refund");
        ExecutionOutcome refundReceipt = r.receiptOutcomes().get(1);
        assertTrue(refundReceipt.isRefund());
        assertEquals(alice.id(), refundReceipt.executorId());
        assertEquals(new Action.Transfer(refund), refundReceipt.actions().get(0));
        // a refund burns its execution fees as gas, at its gas price of 0: no tokens (nearcore's outcome
        // reports result.gas_burnt for refunds too, and burns tokens only for non-refunds)
        assertEquals(TRANSFER_EXEC, refundReceipt.gasBurnt());
        assertEquals(NearToken.ZERO, refundReceipt.tokensBurnt());
        assertEquals(TRANSFER_SEND + 2 * TRANSFER_EXEC, r.gasBurnt(), "conversion, transfer and refund");

        // alice paid send×B + exec×P + 1 NEAR and got (P − B)×exec back: net, both halves at B
        assertEquals(NearToken.near(9).minus(tx.tokensBurnt()).minus(receipt.tokensBurnt()), alice.balance());
        assertEquals(NearToken.near(6), bob.balance());
        assertEquals(receipt.blockHeight() + 1, refundReceipt.blockHeight(), "the refund lands a block later");
    }

    @Test
    void transferToAnotherAccountRunsInTheNextBlock() {
        Sandbox sandbox = Sandbox.create();
        Account alice = sandbox.createAccount("alice.test.near", NearToken.near(10));
        Account bob = sandbox.createAccount("bob.test.near", NearToken.near(5));

        ExecutionResult<Void> r = alice.transfer(bob.id(), NearToken.near(1));

        long included = r.transactionOutcome().blockHeight();
        assertEquals(included + 1, r.receiptOutcomes().get(0).blockHeight());
    }

    @Test
    void transactionThatCannotBePaidIsRejectedAndChargesNothing() {
        Sandbox sandbox = Sandbox.create();
        Account alice = sandbox.createAccount("alice.test.near", NearToken.near(1));
        Account bob = sandbox.createAccount("bob.test.near", NearToken.near(1));
        NearToken before = alice.balance();

        InvalidTransactionException e = assertThrows(InvalidTransactionException.class,
                () -> alice.transfer(bob.id(), NearToken.near(2)));

        InvalidTxError.NotEnoughBalance error = assertInstanceOf(InvalidTxError.NotEnoughBalance.class, e.error());
        assertEquals(alice.id(), error.signerId());
        // cost = deposit + send × B + exec × P
        assertEquals(NearToken.near(2).plus(yocto(gas(TRANSFER_SEND).multiply(B)))
                .plus(yocto(gas(TRANSFER_EXEC).multiply(P))), error.cost());
        assertEquals("Sender \"alice.test.near\" does not have enough balance " + before.toYoctoString()
                + " for operation costing " + error.cost().toYoctoString(), e.getMessage());
        assertEquals(before, alice.balance());
    }

    @Test
    void depositsAddingUpPastTwoTo128AreAnExactCostNoBalanceCovers() {
        Sandbox sandbox = Sandbox.create();
        Account alice = sandbox.createAccount("alice.test.near", NearToken.near(1));
        Account bob = sandbox.createAccount("bob.test.near", NearToken.near(1));
        NearToken twoTo127 = NearToken.ofYocto(BigInteger.ONE.shiftLeft(127));
        List<Action> transfers = List.of(new Action.Transfer(twoTo127), new Action.Transfer(twoTo127));
        // two transfers: the fees of both, at the gas price (sent) and the purchase price (executed)
        BigInteger fees = gas(TRANSFER_SEND + FEES.fee(ActionCost.TRANSFER).send(false)).multiply(B)
                .add(gas(TRANSFER_EXEC + FEES.fee(ActionCost.TRANSFER).execution()).multiply(P));
        BigInteger cost = BigInteger.ONE.shiftLeft(128).add(fees);

        assertEquals(cost, sandbox.chain().transactionCost(alice.id(), bob.id(), transfers));
        // NEAR's amount type cannot state it: the refusal fails on the cost itself
        ArithmeticException e = assertThrows(ArithmeticException.class,
                () -> sandbox.submitActions(alice.id(), bob.id(), transfers));
        assertEquals("NEAR amount out of the unsigned 128-bit range: " + cost, e.getMessage());
        assertEquals(NearToken.near(1), alice.balance());
    }

    @Test
    void signerThatDoesNotExistIsRejected() {
        Sandbox sandbox = Sandbox.create();
        InvalidTransactionException e = assertThrows(InvalidTransactionException.class,
                () -> sandbox.account("ghost.test.near").transfer(sandbox.root().id(), NearToken.near(1)));
        assertInstanceOf(InvalidTxError.SignerDoesNotExist.class, e.error());
        assertEquals("Signer \"ghost.test.near\" does not exist", e.getMessage());
    }

    @Test
    void totalSupplyIsConservedAcrossTransfers() {
        Sandbox sandbox = Sandbox.create();
        Account alice = sandbox.createAccount("alice.test.near", NearToken.near(10));
        Account bob = sandbox.createAccount("bob.test.near", NearToken.near(5));
        alice.transfer(bob.id(), NearToken.near(1));
        bob.transfer(alice.id(), NearToken.milliNear(250));

        BigInteger balances = sandbox.root().balance().asYocto().add(alice.balance().asYocto())
                .add(bob.balance().asYocto());
        assertEquals(sandbox.config().genesisSupply().asYocto(), balances.add(sandbox.totalBurnt().asYocto()));
    }
}

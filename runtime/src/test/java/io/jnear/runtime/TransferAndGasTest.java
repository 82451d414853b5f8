package io.jnear.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnear.runtime.exec.InvalidTransactionException;
import io.jnear.runtime.outcome.ExecutionOutcome;
import io.jnear.runtime.outcome.InvalidTxError;
import io.jnear.sdk.NearToken;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class TransferAndGasTest {
    private static final long TRANSFER_GAS = 223_182_562_500L;
    private static final NearToken TRANSFER_TOKENS = NearToken.parse("22318256250000000000");

    @Test
    void transferBurnsTheDocumentedGasAtConversionAndAtExecution() {
        Sandbox sandbox = Sandbox.create();
        Account alice = sandbox.createAccount("alice.test.near", NearToken.near(10));
        Account bob = sandbox.createAccount("bob.test.near", NearToken.near(5));

        ExecutionResult<Void> r = alice.transfer(bob.id(), NearToken.near(1));

        assertTrue(r.isSuccess());
        ExecutionOutcome tx = r.transactionOutcome();
        assertEquals(TRANSFER_GAS, tx.gasBurnt());
        assertEquals(TRANSFER_TOKENS, tx.tokensBurnt());
        assertEquals(1, r.receiptOutcomes().size(), "no refund: a transfer uses exactly its prepaid fees");
        ExecutionOutcome receipt = r.receiptOutcomes().get(0);
        assertEquals(TRANSFER_GAS, receipt.gasBurnt());
        assertEquals(TRANSFER_TOKENS, receipt.tokensBurnt());
        assertEquals(2 * TRANSFER_GAS, r.gasBurnt());

        assertEquals(NearToken.near(9).minus(TRANSFER_TOKENS).minus(TRANSFER_TOKENS), alice.balance());
        assertEquals(NearToken.near(6), bob.balance());
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
        assertEquals(NearToken.near(2).plus(TRANSFER_TOKENS).plus(TRANSFER_TOKENS), error.cost());
        assertEquals(before, alice.balance());
    }

    @Test
    void signerThatDoesNotExistIsRejected() {
        Sandbox sandbox = Sandbox.create();
        InvalidTransactionException e = assertThrows(InvalidTransactionException.class,
                () -> sandbox.account("ghost.test.near").transfer(sandbox.root().id(), NearToken.near(1)));
        assertInstanceOf(InvalidTxError.SignerDoesNotExist.class, e.error());
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

package io.jnear.samples.rollback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnear.runtime.Account;
import io.jnear.runtime.ExecutionResult;
import io.jnear.runtime.Sandbox;
import io.jnear.runtime.SubmittedTransaction;
import io.jnear.runtime.outcome.ExecutionOutcome;
import io.jnear.runtime.outcome.ExecutionStatus;
import io.jnear.samples.testing.Receipts;
import io.jnear.sdk.NearToken;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WalletTest {
    private Sandbox sandbox;
    private long gasPrice;
    private Account alice;
    private Account wallet;
    private Account shop;

    @BeforeEach
    void aliceHasFiveNearInHerWallet() {
        sandbox = Sandbox.create();
        gasPrice = sandbox.config().gasPrice();
        alice = sandbox.createAccount("alice.test.near", NearToken.near(10));
        wallet = sandbox.deploy("wallet.test.near", Wallet.class);
        shop = sandbox.deploy("shop.test.near", Shop.class);
        alice.transact(WalletStub.on(wallet.id()).withAttachedDeposit(NearToken.near(5)).deposit()).value();
    }

    private NearToken ledgerOfAlice() {
        return sandbox.view(WalletStub.on(wallet.id()).balanceOf(alice.id()));
    }

    @Test
    void aPaymentMovesTheAmountFromTheLedgerToTheShop() {
        NearToken walletBefore = wallet.balance();
        NearToken shopBefore = shop.balance();

        ExecutionResult<Boolean> r = alice.transact(
                WalletStub.on(wallet.id()).pay(shop.id(), "coffee", NearToken.near(1)));

        assertTrue(r.value(), r::toTree);
        assertEquals(List.of("Sold a coffee to alice.test.near"), r.logs());
        assertEquals(NearToken.near(4), ledgerOfAlice());
        assertEquals(1, sandbox.view(ShopStub.on(shop.id()).cupsSold()));
        assertEquals(walletBefore.minus(NearToken.near(1)).plus(r.gasRewardOf(wallet.id())),
                wallet.balance());
        assertEquals(shopBefore.plus(NearToken.near(1)).plus(r.gasRewardOf(shop.id())),
                shop.balance());
    }

    @Test
    void whenTheShopFailsTheCallbackRestoresTheLedgerAndNearRefundsTheDeposit() {
        NearToken aliceBefore = alice.balance();
        NearToken walletBefore = wallet.balance();
        NearToken shopBefore = shop.balance();

        SubmittedTransaction<Boolean> payment = alice.submit(
                WalletStub.on(wallet.id()).pay(shop.id(), "tea", NearToken.near(1)));
        sandbox.produceBlock(); // the transaction
        sandbox.produceBlock(); // pay: debits the ledger, sends 1 NEAR with the call
        assertEquals(1, payment.trace().receiptOutcomes().size(), "only pay has run so far");
        assertEquals(NearToken.near(4), ledgerOfAlice(), "between call and callback the debit stands");
        assertEquals(walletBefore.minus(NearToken.near(1))
                .plus(payment.trace().gasRewardOf(wallet.id())),
                wallet.balance(), "the deposit left with the call");

        ExecutionResult<Boolean> r = payment.await();

        assertFalse(r.value(), r::toTree);
        ExecutionOutcome buy = Receipts.call(r, shop.id(), "buy");
        assertEquals("Smart contract panicked: We only sell coffee",
                ((ExecutionStatus.Failure) buy.status()).error().message());
        ExecutionOutcome refund = Receipts.refunds(r, wallet.id(), NearToken.near(1)).get(0);
        assertEquals(buy.blockHeight() + 1, refund.blockHeight(), "the refund lands one block after the failure");
        ExecutionOutcome callback = Receipts.call(r, wallet.id(), "pay_callback");
        assertEquals(buy.blockHeight() + 1, callback.blockHeight());
        assertEquals(List.of("Payment failed; 1 NEAR is back in the balance of alice.test.near"), callback.logs());

        assertEquals(NearToken.near(5), ledgerOfAlice(), "the callback restored the ledger");
        assertEquals(walletBefore.plus(r.gasRewardOf(wallet.id())), wallet.balance(),
                "the wallet has the deposit back: it gained nothing but its gas rewards, to the yocto");
        assertEquals(shopBefore.plus(r.gasRewardOf(shop.id())), shop.balance(),
                "the shop kept none of the deposit");
        assertEquals(aliceBefore.minus(r.tokensBurnt()), alice.balance(), "alice paid for gas only");
        assertEquals(0, sandbox.view(ShopStub.on(shop.id()).cupsSold()));
    }

    @Test
    void payingMoreThanTheLedgerHoldsFailsBeforeAnythingIsSent() {
        ExecutionResult<Boolean> r = alice.transact(
                WalletStub.on(wallet.id()).pay(shop.id(), "coffee", NearToken.near(6)));

        assertEquals("Smart contract panicked: Not enough balance", r.failureText());
        assertEquals(NearToken.near(5), ledgerOfAlice());
        assertEquals(List.of(), Receipts.calls(r, shop.id(), "buy"));
    }
}

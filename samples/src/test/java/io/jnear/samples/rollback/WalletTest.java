package io.jnear.samples.rollback;

import static io.jnear.testing.OutcomeAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jnear.runtime.Account;
import io.jnear.runtime.ExecutionResult;
import io.jnear.runtime.Sandbox;
import io.jnear.runtime.SubmittedTransaction;
import io.jnear.runtime.outcome.ExecutionOutcome;
import io.jnear.samples.testing.BuildMode;
import io.jnear.sdk.NearToken;
import io.jnear.testing.JnearTest;
import io.jnear.testing.TestAccount;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@JnearTest
class WalletTest {
    private static final NearToken ONE = NearToken.near(1);

    Sandbox sandbox;
    @TestAccount
    Account alice;
    Account wallet;
    Account shop;

    /** The build the contracts run in; the {@code …WasmTest} twin runs the same tests on the Wasm build. */
    BuildMode mode() {
        return BuildMode.JVM;
    }

    @BeforeEach
    void aliceHasFiveNearInHerWallet() {
        wallet = mode().deploy(sandbox, "wallet.test.near", Wallet.class, null);
        shop = mode().deploy(sandbox, "shop.test.near", Shop.class, null);
        assertThat(alice.transact(WalletStub.on(wallet.id()).withAttachedDeposit(NearToken.near(5)).deposit()))
                .succeeded();
    }

    private NearToken ledgerOfAlice() {
        return sandbox.view(WalletStub.on(wallet.id()).balanceOf(alice.id()));
    }

    @Test
    void aPaymentMovesTheAmountFromTheLedgerToTheShop() {
        ExecutionResult<Boolean> r = alice.transact(WalletStub.on(wallet.id()).pay(shop.id(), "coffee", ONE));

        assertThat(r).hasValue(true).hasLogs("Sold a coffee to alice.test.near")
                .changedBalanceOf(wallet.id(), r.gasRewardOf(wallet.id()).asYocto().subtract(ONE.asYocto()))
                .changedBalanceOf(shop.id(), r.gasRewardOf(shop.id()).asYocto().add(ONE.asYocto()));
        assertEquals(NearToken.near(4), ledgerOfAlice());
        assertEquals(1, sandbox.view(ShopStub.on(shop.id()).cupsSold()));
    }

    @Test
    void whenTheShopFailsTheCallbackRestoresTheLedgerAndNearRefundsTheDeposit() {
        SubmittedTransaction<Boolean> payment = alice.submit(WalletStub.on(wallet.id()).pay(shop.id(), "tea", ONE));
        sandbox.produceBlock(); // the transaction
        sandbox.produceBlock(); // pay: debits the ledger, sends 1 NEAR with the call
        assertEquals(1, payment.receiptsOn(wallet.id()).size(), "only pay has run so far");
        assertEquals(List.of(), payment.receipts("buy"));
        assertEquals(NearToken.near(4), ledgerOfAlice(), "between call and callback the debit stands");
        assertEquals(payment.trace().gasRewardOf(wallet.id()).asYocto().subtract(ONE.asYocto()),
                payment.current().balanceChange(wallet.id()), "the deposit left with the call");

        ExecutionResult<Boolean> r = payment.await();

        ExecutionOutcome buy = assertThat(r).hasValue(false)
                .refunded(wallet.id(), ONE)
                .receipt(shop.id(), "buy").failedWith("Smart contract panicked: We only sell coffee").outcome();
        assertEquals(buy.blockHeight() + 1, r.refundsTo(wallet.id()).get(0).blockHeight(),
                "the refund lands one block after the failure");
        assertThat(r).receipt(wallet.id(), "pay_callback").ranInBlock(buy.blockHeight() + 1)
                .hasLogs("Payment failed; 1 NEAR is back in the balance of alice.test.near");

        assertEquals(NearToken.near(5), ledgerOfAlice(), "the callback restored the ledger");
        // the wallet has the deposit back: it gained nothing but its gas rewards, to the yocto; the shop kept
        // none of the deposit; alice paid for gas only
        assertThat(r).changedBalanceOf(wallet.id(), r.gasRewardOf(wallet.id()).asYocto())
                .changedBalanceOf(shop.id(), r.gasRewardOf(shop.id()).asYocto())
                .changedBalanceOf(alice.id(), r.tokensBurnt().asYocto().negate());
        assertEquals(0, sandbox.view(ShopStub.on(shop.id()).cupsSold()));
    }

    @Test
    void payingMoreThanTheLedgerHoldsFailsBeforeAnythingIsSent() {
        ExecutionResult<Boolean> r = alice.transact(
                WalletStub.on(wallet.id()).pay(shop.id(), "coffee", NearToken.near(6)));

        assertThat(r).failedWith("Smart contract panicked: Not enough balance");
        assertEquals(NearToken.near(5), ledgerOfAlice());
        assertEquals(List.of(), r.receipts("buy"));
    }
}

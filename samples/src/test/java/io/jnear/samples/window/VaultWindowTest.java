package io.jnear.samples.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnear.runtime.Account;
import io.jnear.runtime.ExecutionResult;
import io.jnear.runtime.Sandbox;
import io.jnear.runtime.SubmittedTransaction;
import io.jnear.runtime.outcome.ExecutionOutcome;
import io.jnear.samples.testing.Receipts;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.Promise;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Mallory owns 1 NEAR in a vault that also holds bob's 10, and withdraws her 1 NEAR twice: the second
 * withdrawal is submitted while the first is between its call and its callback.
 */
class VaultWindowTest {
    private Sandbox sandbox;
    private long gasPrice;
    private Account bob;
    private Account mallory;

    @BeforeEach
    void accounts() {
        sandbox = Sandbox.create();
        gasPrice = sandbox.config().gasPrice();
        bob = sandbox.createAccount("bob.test.near", NearToken.near(20));
        mallory = sandbox.createAccount("mallory.test.near", NearToken.near(10));
    }

    @Test
    void aSecondWithdrawalInTheWindowIsPaidTooAndStealsExactlyOneNear() {
        Account vault = sandbox.deploy("vault.test.near", LeakyVault.class);
        bob.transact(LeakyVaultStub.on(vault.id()).withAttachedDeposit(NearToken.near(10)).deposit()).value();
        NearToken malloryBefore = mallory.balance();
        ExecutionResult<Void> deposit = mallory.transact(
                LeakyVaultStub.on(vault.id()).withAttachedDeposit(NearToken.near(1)).deposit());
        NearToken vaultBefore = vault.balance();

        Attack attack = attack(LeakyVaultStub.on(vault.id()).withdraw(NearToken.near(1)),
                LeakyVaultStub.on(vault.id()).withdraw(NearToken.near(1)));
        assertEquals(NearToken.near(1), sandbox.view(LeakyVaultStub.on(vault.id()).balanceOf(mallory.id())),
                "when the second withdrawal ran, the books still showed the 1 NEAR already paid out");
        ExecutionResult<Void> first = attack.first.await();
        ExecutionResult<Void> second = attack.second.await();

        assertTrue(first.isSuccess(), first::toTree);
        attack.assertTimeline(first, second, vault);
        assertEquals(2, transfersTo(mallory, first, second), "both withdrawals were paid");
        assertEquals("Smart contract panicked: java.lang.ArithmeticException: NEAR amount out of the unsigned "
                + "128-bit range: -1000000000000000000000000", second.failureText(),
                "the second booking finds nothing left to debit and its callback fails; the payout stands");

        NearToken gasPaid = deposit.tokensBurnt().plus(first.tokensBurnt()).plus(second.tokensBurnt());
        assertEquals(malloryBefore.plus(NearToken.near(1)), mallory.balance().plus(gasPaid),
                "mallory put in 1 NEAR and took out 2: she stole exactly 1 NEAR, less only her gas");
        NearToken rewards = first.gasRewardOf(vault.id())
                .plus(second.gasRewardOf(vault.id()));
        assertEquals(vaultBefore.minus(NearToken.near(2)).plus(rewards), vault.balance(),
                "the vault paid out 2 NEAR");
        assertEquals(NearToken.near(10), sandbox.view(LeakyVaultStub.on(vault.id()).balanceOf(bob.id())),
                "the books still promise bob his 10 NEAR: the stolen NEAR is his");
        assertEquals(NearToken.ZERO, sandbox.view(LeakyVaultStub.on(vault.id()).balanceOf(mallory.id())));
    }

    @Test
    void theFixedVaultRefusesTheSecondWithdrawalInTheWindow() {
        Account vault = sandbox.deploy("vault.test.near", SafeVault.class);
        bob.transact(SafeVaultStub.on(vault.id()).withAttachedDeposit(NearToken.near(10)).deposit()).value();
        NearToken malloryBefore = mallory.balance();
        ExecutionResult<Void> deposit = mallory.transact(
                SafeVaultStub.on(vault.id()).withAttachedDeposit(NearToken.near(1)).deposit());
        NearToken vaultBefore = vault.balance();

        Attack attack = attack(SafeVaultStub.on(vault.id()).withdraw(NearToken.near(1)),
                SafeVaultStub.on(vault.id()).withdraw(NearToken.near(1)));
        ExecutionResult<Void> first = attack.first.await();
        ExecutionResult<Void> second = attack.second.await();

        assertTrue(first.isSuccess(), first::toTree);
        assertEquals("Smart contract panicked: Not enough balance", second.failureText());
        attack.assertTimeline(first, second, vault);
        assertEquals(1, transfersTo(mallory, first, second), "only the first withdrawal was paid");

        NearToken gasPaid = deposit.tokensBurnt().plus(first.tokensBurnt()).plus(second.tokensBurnt());
        assertEquals(malloryBefore, mallory.balance().plus(gasPaid), "mallory got back her 1 NEAR and no more");
        NearToken rewards = first.gasRewardOf(vault.id())
                .plus(second.gasRewardOf(vault.id()));
        assertEquals(vaultBefore.minus(NearToken.near(1)).plus(rewards), vault.balance());
        assertEquals(NearToken.near(10), sandbox.view(SafeVaultStub.on(vault.id()).balanceOf(bob.id())));
        assertEquals(NearToken.ZERO, sandbox.view(SafeVaultStub.on(vault.id()).balanceOf(mallory.id())));
    }

    @Test
    void theFixedVaultPutsTheAmountBackWhenTheTransferFails() {
        Account vault = sandbox.deploy("vault.test.near", SafeVault.class);
        Account carol = sandbox.createAccount("carol.test.near", NearToken.near(10));
        carol.transact(SafeVaultStub.on(vault.id()).withAttachedDeposit(NearToken.near(3)).deposit()).value();

        SubmittedTransaction<Void> withdraw = carol.submit(SafeVaultStub.on(vault.id()).withdraw(NearToken.near(3)));
        sandbox.produceBlock(); // the withdrawal is included
        // carol deletes her account before the transfer reaches it
        SubmittedTransaction<Void> delete = carol.submit(Promise.create(carol.id()).deleteAccount(bob.id()));
        ExecutionResult<Void> r = withdraw.await();
        delete.await();

        assertTrue(r.isSuccess(), r::toTree);
        ExecutionOutcome transfer = r.failures().get(0);
        assertEquals(carol.id(), transfer.executorId());
        assertEquals(1, Receipts.refunds(r, vault.id(), NearToken.near(3)).size(), "NEAR refunded the vault");
        assertEquals(List.of("Transfer to carol.test.near failed; 3 NEAR is back in its balance"), r.logs());
        assertEquals(NearToken.near(3), sandbox.view(SafeVaultStub.on(vault.id()).balanceOf(carol.id())));
    }

    /** The two withdrawals, the second submitted once the first is included, then stepped block by block. */
    private Attack attack(Promise<Void> firstWithdrawal, Promise<Void> secondWithdrawal) {
        SubmittedTransaction<Void> first = mallory.submit(firstWithdrawal);
        long start = sandbox.blockHeight();
        sandbox.produceBlock(); // block N: the first withdrawal is included
        SubmittedTransaction<Void> second = mallory.submit(secondWithdrawal);
        sandbox.produceBlock(); // N+1: the first withdraw runs; the second transaction is included
        sandbox.produceBlock(); // N+2: mallory receives the first payout; the second withdraw runs
        return new Attack(start + 1, first, second);
    }

    private record Attack(long n, SubmittedTransaction<Void> first, SubmittedTransaction<Void> second) {
        void assertTimeline(ExecutionResult<Void> firstResult, ExecutionResult<Void> secondResult, Account vault) {
            assertEquals(n, firstResult.blockHeight());
            assertEquals(n + 1, secondResult.blockHeight());
            assertEquals(n + 1, Receipts.call(firstResult, vault.id(), "withdraw").blockHeight());
            assertEquals(n + 2, Receipts.call(secondResult, vault.id(), "withdraw").blockHeight(),
                    "the second withdraw runs in the window");
            assertEquals(n + 3, Receipts.call(firstResult, vault.id(), "withdraw_callback").blockHeight(),
                    "the first callback runs a block after the second withdraw");
        }
    }

    private static long transfersTo(Account account, ExecutionResult<?>... results) {
        long count = 0;
        for (ExecutionResult<?> r : results) {
            count += r.receiptOutcomes().stream()
                    .filter(o -> o.executorId().equals(account.id()) && !o.isRefund() && !o.isFailure())
                    .count();
        }
        return count;
    }
}

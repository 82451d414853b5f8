package io.jnear.samples.window;

import static io.jnear.testing.OutcomeAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnear.runtime.Account;
import io.jnear.runtime.ExecutionResult;
import io.jnear.runtime.Sandbox;
import io.jnear.runtime.SubmittedTransaction;
import io.jnear.runtime.outcome.ExecutionOutcome;
import io.jnear.samples.testing.BuildMode;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.Promise;
import io.jnear.testing.JnearTest;
import io.jnear.testing.TestAccount;
import org.junit.jupiter.api.Test;

/**
 * Mallory owns 1 NEAR in a vault that also holds bob's 10, and withdraws her 1 NEAR twice: the second
 * withdrawal is submitted while the first is between its call and its callback.
 */
@JnearTest
class VaultWindowTest {
    Sandbox sandbox;
    @TestAccount(balance = "20 NEAR")
    Account bob;
    @TestAccount(balance = "10 NEAR")
    Account mallory;

    /** The build the contracts run in; the {@code …WasmTest} twin runs the same tests on the Wasm build. */
    BuildMode mode() {
        return BuildMode.JVM;
    }

    @Test
    void aSecondWithdrawalInTheWindowIsPaidTooAndStealsExactlyOneNear() {
        Account vault = mode().deploy(sandbox, "vault.test.near", LeakyVault.class, null);
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
                + "128-bit range: -1000000000000000000000000", second.failureMessage(),
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
        Account vault = mode().deploy(sandbox, "vault.test.near", SafeVault.class, null);
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
        assertThat(second).failedWith("Smart contract panicked: Not enough balance");
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
    void theFixedVaultPutsTheAmountBackWhenTheTransferFails(@TestAccount Account carol) {
        Account vault = mode().deploy(sandbox, "vault.test.near", SafeVault.class, null);
        carol.transact(SafeVaultStub.on(vault.id()).withAttachedDeposit(NearToken.near(3)).deposit()).value();

        SubmittedTransaction<Void> withdraw = carol.submit(SafeVaultStub.on(vault.id()).withdraw(NearToken.near(3)));
        sandbox.produceBlock(); // the withdrawal is included
        // carol deletes her account before the transfer reaches it
        SubmittedTransaction<Void> delete = carol.submit(Promise.create(carol.id()).deleteAccount(bob.id()));
        ExecutionResult<Void> r = withdraw.await();
        delete.await();

        ExecutionOutcome transfer = r.failures().get(0);
        assertEquals(carol.id(), transfer.executorId());
        assertThat(r).succeeded()
                .refunded(vault.id(), NearToken.near(3))
                .hasLogs("Transfer to carol.test.near failed; 3 NEAR is back in its balance");
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
            assertThat(firstResult).receipt(vault.id(), "withdraw").ranInBlock(n + 1);
            // the second withdraw runs in the window, and the first callback a block after it
            assertThat(secondResult).receipt(vault.id(), "withdraw").ranInBlock(n + 2);
            assertThat(firstResult).receipt(vault.id(), "withdraw_callback").ranInBlock(n + 3);
        }
    }

    private static long transfersTo(Account account, ExecutionResult<?>... results) {
        long count = 0;
        for (ExecutionResult<?> r : results) {
            count += r.receiptsOn(account.id()).stream().filter(o -> !o.isFailure()).count();
        }
        return count;
    }
}

package io.jnear.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnear.runtime.Account;
import io.jnear.runtime.Sandbox;
import io.jnear.samples.window.LeakyVault;
import io.jnear.samples.window.LeakyVaultStub;
import io.jnear.samples.window.SafeVault;
import io.jnear.samples.window.SafeVaultStub;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.Promise;
import java.math.BigInteger;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * The window sample explored: bob keeps 10 NEAR in a vault, mallory 1 NEAR, and mallory withdraws her
 * 1 NEAR twice, each withdrawal landing in whichever block the explorer picks.
 */
class VaultExplorationTest {
    private final Sandbox sandbox = Sandbox.create();
    private final Account bob = sandbox.createAccount("bob.test.near", NearToken.near(20));
    private final Account mallory = sandbox.createAccount("mallory.test.near", NearToken.near(10));

    @Test
    void findsTheLeakyVaultsDoubleSpendAsTwoWithdrawalsInConsecutiveBlocks() {
        Account vault = sandbox.deploy("vault.test.near", LeakyVault.class);
        BiFunction<Sandbox, AccountId, NearToken> books = (s, owner) -> s.view(LeakyVaultStub.on(vault.id()).balanceOf(owner));
        bob.transact(LeakyVaultStub.on(vault.id()).withAttachedDeposit(NearToken.near(10)).deposit()).value();
        mallory.transact(LeakyVaultStub.on(vault.id()).withAttachedDeposit(NearToken.near(1)).deposit()).value();

        Exploration result = Explorer.from(sandbox)
                .actor(Actor.signedBy(mallory.id())
                        .then("withdraw 1 NEAR", LeakyVaultStub.on(vault.id()).withdraw(NearToken.near(1)))
                        .then("withdraw 1 NEAR again", LeakyVaultStub.on(vault.id()).withdraw(NearToken.near(1))))
                .invariant(solvent(vault, books))
                .maxBlocks(6)
                .explore();

        Counterexample c = result.assertCounterexample();
        long n = sandbox.blockHeight() + 1;
        assertEquals(2, c.transactionCount());
        assertEquals(2, c.results().size());
        // mallory took 1 NEAR of bob's; the vault's gas rewards from her two calls make up a little of it
        NearToken loss = NearToken.near(1).minus(c.results().get(0).gasRewardOf(vault.id()))
                .minus(c.results().get(1).gasRewardOf(vault.id()));
        assertEquals("block " + n + ": mallory.test.near sends 'withdraw 1 NEAR'\n"
                + "block " + (n + 1) + ": mallory.test.near sends 'withdraw 1 NEAR again'\n"
                + "at rest after block " + (n + 5) + ": 'the vault holds what its books owe' does not hold: "
                + "the vault's own funds fell by " + loss + "\n", c.describe());
        assertTrue(c.results().get(0).isSuccess(), c::report);
        assertEquals("Smart contract panicked: java.lang.ArithmeticException: NEAR amount out of the unsigned "
                + "128-bit range: -1000000000000000000000000", c.results().get(1).failureText(),
                "the second withdrawal was paid; only its booking failed");
        assertEquals(NearToken.ZERO, books.apply(c.replay().sandbox(), mallory.id()));
        assertEquals(NearToken.near(10), books.apply(c.replay().sandbox(), bob.id()), "bob's 10 NEAR are 9 now");
        assertEquals("""
                // Start from the sandbox the exploration started from (same accounts, contracts and height %d).
                var tx1 = sandbox.account("mallory.test.near").submit(Promise.create("vault.test.near")
                        .functionCall("withdraw", "{\\"amount\\":\\"1000000000000000000000000\\"}", NearToken.ZERO, Gas.ZERO)); // withdraw 1 NEAR
                sandbox.produceBlock(); // block %d
                var tx2 = sandbox.account("mallory.test.near").submit(Promise.create("vault.test.near")
                        .functionCall("withdraw", "{\\"amount\\":\\"1000000000000000000000000\\"}", NearToken.ZERO, Gas.ZERO)); // withdraw 1 NEAR again
                sandbox.produceBlock(); // block %d
                sandbox.runUntilIdle();
                // Now at rest, 'the vault holds what its books owe' does not hold: the vault's own funds fell by %s
                """.formatted(n - 1, n, n + 1, loss), c.javaSnippet());
        assertTrue(c.receiptTrees().contains("withdraw_callback"), c::receiptTrees);
    }

    @Test
    void theSnippetReplaysTheDoubleSpendOnAPlainSandbox() {
        Account vault = sandbox.deploy("vault.test.near", LeakyVault.class);
        bob.transact(LeakyVaultStub.on(vault.id()).withAttachedDeposit(NearToken.near(10)).deposit()).value();
        mallory.transact(LeakyVaultStub.on(vault.id()).withAttachedDeposit(NearToken.near(1)).deposit()).value();
        NearToken vaultBefore = sandbox.balance(vault.id());

        // the statements of the snippet above, as a test would paste them
        sandbox.account("mallory.test.near").submit(Promise.create("vault.test.near")
                .functionCall("withdraw", "{\"amount\":\"1000000000000000000000000\"}", NearToken.ZERO, io.jnear.sdk.Gas.ZERO));
        sandbox.produceBlock();
        sandbox.account("mallory.test.near").submit(Promise.create("vault.test.near")
                .functionCall("withdraw", "{\"amount\":\"1000000000000000000000000\"}", NearToken.ZERO, io.jnear.sdk.Gas.ZERO));
        sandbox.produceBlock();
        sandbox.runUntilIdle();

        assertTrue(sandbox.balance(vault.id()).isLessThan(vaultBefore.minus(NearToken.near(2)).plus(NearToken.milliNear(1))),
                "the vault paid 2 NEAR (its gas rewards are under 0.001 NEAR)");
        assertEquals(NearToken.near(10), sandbox.view(LeakyVaultStub.on(vault.id()).balanceOf(bob.id())));
    }

    @Test
    void theSafeVaultHoldsInEveryScheduleOfTheBound() {
        Account vault = sandbox.deploy("vault.test.near", SafeVault.class);
        BiFunction<Sandbox, AccountId, NearToken> books = (s, owner) -> s.view(SafeVaultStub.on(vault.id()).balanceOf(owner));
        bob.transact(SafeVaultStub.on(vault.id()).withAttachedDeposit(NearToken.near(10)).deposit()).value();
        mallory.transact(SafeVaultStub.on(vault.id()).withAttachedDeposit(NearToken.near(1)).deposit()).value();

        Exploration result = Explorer.from(sandbox)
                .actor(Actor.signedBy(mallory.id())
                        .then("withdraw 1 NEAR", SafeVaultStub.on(vault.id()).withdraw(NearToken.near(1)))
                        .then("withdraw 1 NEAR again", SafeVaultStub.on(vault.id()).withdraw(NearToken.near(1))))
                .actor(Actor.signedBy(bob.id())
                        .thenMaybe("withdraw 10 NEAR", SafeVaultStub.on(vault.id()).withdraw(NearToken.near(10))))
                .invariant(solvent(vault, books))
                .invariant(Invariant.always("the books never owe more than the vault holds", s ->
                        s.balance(vault.id()).asYocto().compareTo(books.apply(s, bob.id()).plus(books.apply(s, mallory.id()))
                                .asYocto()) >= 0))
                .maxBlocks(6)
                .explore();

        result.assertHolds();
        assertTrue(result.holdsInBound());
        assertTrue(result.schedules() > 100, result::toString);
    }

    /** At rest, the vault's own funds (balance minus what its books owe) are no less than at the start. */
    private Invariant solvent(Account vault, BiFunction<Sandbox, AccountId, NearToken> books) {
        BigInteger ownFunds = ownFunds(sandbox, vault, books);
        return Invariant.atRest("the vault holds what its books owe", s -> {
            BigInteger now = ownFunds(s, vault, books);
            if (now.compareTo(ownFunds) < 0) {
                throw new AssertionError("the vault's own funds fell by " + NearToken.ofYocto(ownFunds.subtract(now)));
            }
            return true;
        });
    }

    private BigInteger ownFunds(Sandbox s, Account vault, BiFunction<Sandbox, AccountId, NearToken> books) {
        return s.balance(vault.id()).asYocto().subtract(books.apply(s, bob.id()).asYocto())
                .subtract(books.apply(s, mallory.id()).asYocto());
    }
}

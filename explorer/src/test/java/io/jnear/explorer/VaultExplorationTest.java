package io.jnear.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnear.runtime.Sandbox;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.Promise;
import java.lang.reflect.Method;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window sample explored: bob keeps 10 NEAR in a vault, mallory 1 NEAR, and mallory withdraws her
 * 1 NEAR twice, each withdrawal landing in whichever block the explorer picks.
 */
class VaultExplorationTest {

    @Test
    void findsTheLeakyVaultsDoubleSpendAsTwoWithdrawalsInConsecutiveBlocks() {
        VaultFixture f = VaultFixture.leaky();
        Exploration result = Explorer.from(f.sandbox)
                .actor(f.malloryWithdrawsTwice())
                .invariant(f.solvent())
                .maxBlocks(6)
                .explore();

        Counterexample c = result.assertCounterexample();
        long n = f.sandbox.blockHeight() + 1;
        assertEquals(2, c.transactionCount());
        assertEquals(2, c.results().size());
        // mallory took 1 NEAR of bob's; the vault's gas rewards from her two calls make up a little of it
        NearToken loss = NearToken.near(1).minus(c.results().get(0).gasRewardOf(f.vault.id()))
                .minus(c.results().get(1).gasRewardOf(f.vault.id()));
        assertEquals("block " + n + ": mallory.test.near sends 'withdraw 1 NEAR'\n"
                + "block " + (n + 1) + ": mallory.test.near sends 'withdraw 1 NEAR again'\n"
                + "at rest after block " + (n + 5) + ": 'the vault holds what its books owe' does not hold: "
                + "the vault's own funds fell by " + loss + "\n", c.describe());
        assertTrue(c.results().get(0).isSuccess(), c::report);
        assertEquals("Smart contract panicked: java.lang.ArithmeticException: NEAR amount out of the unsigned "
                + "128-bit range: -1000000000000000000000000", c.results().get(1).failureText(),
                "the second withdrawal was paid; only its booking failed");
        assertEquals(NearToken.ZERO, f.books(c.replay().sandbox(), f.mallory.id()));
        assertEquals(NearToken.near(10), f.books(c.replay().sandbox(), f.bob.id()), "bob's 10 NEAR are 9 now");
        assertEquals("""
                // Start from the sandbox the exploration started from (same accounts, contracts and height %d).
                // Needs: import io.jnear.sdk.AccountId; import io.jnear.sdk.Gas; import io.jnear.sdk.NearToken; import io.jnear.sdk.Promise;
                var tx1 = sandbox.account("mallory.test.near").submit(Promise.create("vault.test.near")
                        .functionCall("withdraw", "{\\"amount\\":\\"1000000000000000000000000\\"}", NearToken.ZERO, Gas.ZERO)); // withdraw 1 NEAR
                sandbox.produceBlock(); // block %d
                var tx2 = sandbox.account("mallory.test.near").submit(Promise.create("vault.test.near")
                        .functionCall("withdraw", "{\\"amount\\":\\"1000000000000000000000000\\"}", NearToken.ZERO, Gas.ZERO)); // withdraw 1 NEAR again
                sandbox.produceBlock(); // block %d
                sandbox.runUntilIdle();
                // Now at rest, 'the vault holds what its books owe' does not hold: the vault's own funds fell by %s
                """.formatted(n - 1, n, n + 1, loss), c.javaSnippet());
        assertEquals(1, c.receiptTrees().split("withdraw_callback\\(", -1).length - 2,
                "one callback failed to book, the other booked");
        assertEquals(2, c.traces().size());
    }

    @Test
    void theSnippetCompilesAndReplaysTheDoubleSpendOnAFreshSandbox(@TempDir Path classes) throws Exception {
        VaultFixture f = VaultFixture.leaky();
        Counterexample c = Explorer.from(f.sandbox)
                .actor(f.malloryWithdrawsTwice())
                .invariant(f.solvent())
                .explore()
                .assertCounterexample();
        Method replay = SnippetCompiler.compile(classes, c.javaSnippet());

        VaultFixture fresh = VaultFixture.leaky();
        BigInteger before = fresh.ownFunds(fresh.sandbox);
        replay.invoke(null, fresh.sandbox);
        // the schedule replayed by an explorer whose contracts have not run it yet either: a contract's
        // first call of a method also pays its classes' static initialisers, and forks share loaded code
        VaultFixture cold = VaultFixture.leaky();
        Replay explorerReplay = Explorer.from(cold.sandbox).actor(cold.malloryWithdrawsTwice())
                .invariant(cold.solvent()).replay(c.schedule());

        assertTrue(fresh.sandbox.isIdle());
        assertEquals(explorerReplay.stateDigest(), fresh.sandbox.stateDigest(), "the snippet is the schedule");
        assertEquals(NearToken.near(10), fresh.books(fresh.sandbox, fresh.bob.id()));
        assertTrue(fresh.ownFunds(fresh.sandbox).compareTo(before) < 0, "the vault paid out more than its books say");
    }

    @Test
    void anInvariantCheckedEveryBlockSeesTheLeakyBooksWrongInTheWindowOfOneWithdrawal() {
        VaultFixture f = VaultFixture.leaky();
        Counterexample c = Explorer.from(f.sandbox)
                .actor(f.malloryWithdrawsTwice())
                .invariant(f.booksRightEveryBlock())
                .maxBlocks(6)
                .explore()
                .assertCounterexample();

        long n = f.sandbox.blockHeight() + 1;
        assertEquals(1, c.transactionCount(), c::report);
        assertEquals("block " + n + ": mallory.test.near sends 'withdraw 1 NEAR'\n"
                + "after block " + (n + 1) + ": 'the books are right after every block' does not hold: "
                + "does not hold\n", c.describe(), "paid in the block withdraw runs in, booked only two blocks later");
    }

    @Test
    void theSafeVaultHoldsInEveryScheduleOfTheBound() {
        VaultFixture f = VaultFixture.safe();
        Exploration result = Explorer.from(f.sandbox)
                .actor(f.malloryWithdrawsTwice())
                .actor(Actor.signedBy(f.bob.id()).thenMaybe("withdraw 10 NEAR", f.withdraw(NearToken.near(10))))
                .actor(Actor.signedBy(f.mallory.id()).thenMaybe("mallory deletes her account, so a payout to her "
                        + "fails", Promise.create(f.mallory.id()).deleteAccount(f.bob.id())))
                .invariant(f.solvent())
                .invariant(f.booksRightEveryBlock())
                .maxBlocks(5)
                .explore();

        result.assertHolds();
        assertTrue(result.holdsInBound());
        assertTrue(result.schedules() >= 80, result::toString);
    }

    @Test
    void skippingStatesAlreadySeenChecksFewerSchedulesAndReachesEveryEndStateAllSchedulesReach() {
        VaultFixture f = VaultFixture.safe();
        Set<String> endStates = new TreeSet<>();
        Set<String> endStatesDeduplicated = new TreeSet<>();
        Explorer explorer = Explorer.from(f.sandbox)
                .actor(f.malloryWithdrawsTwice())
                .actor(Actor.signedBy(f.bob.id()).thenMaybe("withdraw 10 NEAR", f.withdraw(NearToken.near(10))))
                .invariant(f.solvent())
                .invariant(f.booksRightEveryBlock())
                .maxBlocks(4);

        // forks share loaded contract code, whose static initialisers charge gas to the first call that
        // runs them: one search first, so both compared ones run warm code and see the same gas
        explorer.deduplicate(false).explore();
        Exploration all = explorer.deduplicate(false)
                .invariant(Invariant.atRest("recorded", s -> endStates.add(s.stateDigest()) || true)).explore();
        Exploration deduplicated = explorer
                .invariant(Invariant.atRest("recorded", s -> endStatesDeduplicated.add(s.stateDigest()) || true))
                .explore();

        assertTrue(all.holdsInBound() && deduplicated.holdsInBound());
        assertEquals(0, all.pruned());
        assertTrue(deduplicated.pruned() > 0, deduplicated::toString);
        assertTrue(deduplicated.schedules() < all.schedules() / 2, () -> deduplicated + " vs " + all);
        assertTrue(deduplicated.blocks() < all.blocks(), () -> deduplicated + " vs " + all);
        assertEquals(endStates, endStatesDeduplicated, "no end state is lost");
        assertTrue(endStates.size() > 5, endStates::toString);
    }

    @Test
    void skippingStatesAlreadySeenStillFindsTheLeakyVaultsDoubleSpend() {
        VaultFixture f = VaultFixture.leaky();
        Explorer explorer = Explorer.from(f.sandbox)
                .actor(f.malloryWithdrawsTwice())
                .actor(Actor.signedBy(f.bob.id()).thenMaybe("withdraw 5 NEAR", f.withdraw(NearToken.near(5))))
                .invariant(f.solvent())
                .maxBlocks(5)
                .strategy(Strategy.BREADTH_FIRST);

        Exploration deduplicated = explorer.explore();
        // forks share loaded contract code, whose static initialisers charge gas to the first call that
        // runs them: one search first, so both compared ones run warm code and see the same gas
        explorer.deduplicate(false).explore();
        Exploration all = explorer.deduplicate(false).explore();

        assertTrue(deduplicated.pruned() > 0, deduplicated::toString);
        assertTrue(deduplicated.schedules() < all.schedules(), () -> deduplicated + " vs " + all);
        assertEquals(all.counterexample().orElseThrow().report(), deduplicated.counterexample().orElseThrow().report());
        assertEquals(2, deduplicated.counterexample().orElseThrow().transactionCount());
    }

    @Test
    void aFailingCallbackLetsTheLeakyVaultPayWithoutBookingEvenForOneWithdrawal() {
        VaultFixture f = VaultFixture.leaky();
        Counterexample c = Explorer.from(f.sandbox)
                .actor(Actor.signedBy(f.mallory.id()).then("withdraw 1 NEAR", f.withdraw(NearToken.near(1))))
                .mayFail(f.vault.id(), "withdraw_callback")
                .invariant(f.solvent())
                .explore()
                .assertCounterexample();

        long n = f.sandbox.blockHeight() + 1;
        NearToken loss = NearToken.near(1).minus(c.results().get(0).gasRewardOf(f.vault.id()));
        assertEquals("block " + n + ": mallory.test.near sends 'withdraw 1 NEAR'\n"
                + "block " + (n + 2) + ": vault.test.near.withdraw_callback, due in this block, is made to fail "
                + "(as if it panicked)\n"
                + "at rest after block " + (n + 4) + ": 'the vault holds what its books owe' does not hold: "
                + "the vault's own funds fell by " + loss + "\n", c.describe());
        assertEquals("Smart contract panicked: failure injected by the test", c.results().get(0).failureText());
        assertEquals(NearToken.near(1), f.books(c.replay().sandbox(), f.mallory.id()), "paid, and still on the books");
        assertTrue(c.javaSnippet().contains("sandbox.produceBlock(); // block " + (n + 1) + "\n"
                + "sandbox.failCallsDueNext(AccountId.of(\"vault.test.near\"), \"withdraw_callback\"); "
                + "// fails as if it panicked\nsandbox.produceBlock(); // block " + (n + 2) + "\n"), c::javaSnippet);
    }

    @Test
    void theSafeVaultHoldsWhenItsCallbackFailsToo() {
        VaultFixture f = VaultFixture.safe();
        Exploration result = Explorer.from(f.sandbox)
                .actor(f.malloryWithdrawsTwice())
                .actor(Actor.signedBy(f.mallory.id()).thenMaybe("mallory deletes her account", Promise.create(
                        f.mallory.id()).deleteAccount(f.bob.id())))
                .mayFail(f.vault.id(), "withdraw_callback")
                .invariant(f.solvent())
                .maxBlocks(4)
                .explore();

        result.assertHolds();
        assertTrue(result.schedules() >= 20, result::toString);
    }

    @Test
    void assertHoldsFailsATestWithTheWholeReport() {
        VaultFixture f = VaultFixture.leaky();
        Exploration result = Explorer.from(f.sandbox)
                .actor(f.malloryWithdrawsTwice())
                .invariant(f.solvent())
                .explore();

        AssertionError e = assertThrows(AssertionError.class, result::assertHolds);
        assertEquals(result.counterexample().orElseThrow().report(), e.getMessage());
        assertTrue(e.getMessage().startsWith("Counterexample (2 transaction(s), 2 block(s) of choices):\n"),
                e.getMessage());
        assertTrue(e.getMessage().contains("\nReplay as a sandbox test:\n// Start from the sandbox"), e.getMessage());
    }

    @Test
    void aBudgetTooSmallForTheBoundIsReportedNotMistakenForProof() {
        VaultFixture f = VaultFixture.safe();
        Exploration result = Explorer.from(f.sandbox)
                .actor(f.malloryWithdrawsTwice())
                .invariant(f.solvent())
                .budget(Budget.schedules(3))
                .explore();

        assertEquals(3, result.schedules());
        assertTrue(!result.holdsInBound() && !result.exhaustedBound() && result.counterexample().isEmpty());
        assertEquals("The budget ran out after 3 schedules and " + result.blocks() + " blocks, before every schedule "
                + "in the bound was checked; raise the budget or lower maxBlocks",
                assertThrows(AssertionError.class, result::assertHolds).getMessage());
    }
}

package io.jnear.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnear.runtime.Account;
import io.jnear.runtime.ExecutionResult;
import io.jnear.runtime.Sandbox;
import io.jnear.runtime.exec.InjectedFailure;
import io.jnear.runtime.outcome.ExecutionOutcome;
import io.jnear.samples.token.FungibleToken;
import io.jnear.samples.token.FungibleTokenMetadata;
import io.jnear.samples.token.FungibleTokenStub;
import io.jnear.samples.token.TokenReceiver;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.U128;
import java.lang.reflect.Method;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Remote failures during a call, not only before it: a callee that panics after its writes, runs out of
 * gas at its end, or whose account is missing. Each ends as NEAR ends a failed receipt, and the explorer
 * tries each where it is declared.
 */
class InjectedFailureExplorationTest {
    private static final InjectedFailure[] EVERY_WAY = InjectedFailure.values();

    @Test
    void theLeakyVaultLosesWhenItsCallbackRunsOutOfGasAndTheReplayShowsHow(@TempDir Path classes) throws Exception {
        VaultFixture f = VaultFixture.leaky();
        Counterexample c = Explorer.from(f.sandbox)
                .actor(Actor.signedBy(f.mallory.id()).then("withdraw 1 NEAR", f.withdraw(NearToken.near(1))))
                .mayFail(f.vault.id(), "withdraw_callback", InjectedFailure.OUT_OF_GAS)
                .invariant(f.solvent())
                .explore()
                .assertCounterexample();

        long n = f.sandbox.blockHeight() + 1;
        NearToken loss = NearToken.near(1).minus(c.results().get(0).gasRewardOf(f.vault.id()));
        assertEquals("block " + n + ": mallory.test.near sends 'withdraw 1 NEAR'\n"
                + "block " + (n + 2) + ": vault.test.near.withdraw_callback, due in this block, is made to fail "
                + "(running out of gas at its end)\n"
                + "at rest after block " + (n + 4) + ": 'the vault holds what its books owe' does not hold: "
                + "the vault's own funds fell by " + loss + "\n", c.describe());
        ExecutionOutcome callback = c.results().get(0).receipt(f.vault.id(), "withdraw_callback");
        assertEquals("Exceeded the prepaid gas.", callback.failureMessage());
        assertEquals(NearToken.near(1), f.books(c.replay().sandbox(), f.mallory.id()), "paid, and still on the books");
        assertTrue(c.javaSnippet().contains("sandbox.failCallsDueNext(AccountId.of(\"vault.test.near\"), "
                + "\"withdraw_callback\", InjectedFailure.OUT_OF_GAS); // fails running out of gas at its end\n"),
                c::javaSnippet);

        Method replay = SnippetCompiler.compile(classes, c.javaSnippet());
        VaultFixture fresh = VaultFixture.leaky();
        replay.invoke(null, fresh.sandbox);
        VaultFixture cold = VaultFixture.leaky();
        Replay explorerReplay = Explorer.from(cold.sandbox).actor(Actor.signedBy(cold.mallory.id())
                .then("withdraw 1 NEAR", cold.withdraw(NearToken.near(1)))).invariant(cold.solvent())
                .replay(c.schedule());
        assertEquals(explorerReplay.stateDigest(), fresh.sandbox.stateDigest(), "the snippet is the schedule");
    }

    @Test
    void theSafeVaultHoldsWhateverWayItsCallbackFails() {
        VaultFixture f = VaultFixture.safe();
        Exploration result = Explorer.from(f.sandbox)
                .actor(f.malloryWithdrawsTwice())
                .mayFail(f.vault.id(), "withdraw_callback", EVERY_WAY)
                .mayFail(f.vault.id(), "withdraw", InjectedFailure.PANIC_AFTER_WRITES, InjectedFailure.OUT_OF_GAS)
                .invariant(f.solvent())
                .invariant(f.booksRightEveryBlock())
                .maxBlocks(4)
                .explore();

        result.assertHolds();
        assertTrue(result.schedules() >= 30, result::toString);
    }

    @Test
    void aWithdrawalThatFailsAfterItsWritesUndoesTheBookingAndSendsNothing() {
        VaultFixture f = VaultFixture.safe();
        Explorer explorer = Explorer.from(f.sandbox)
                .actor(Actor.signedBy(f.mallory.id()).then("withdraw 1 NEAR", f.withdraw(NearToken.near(1))))
                .invariant(f.solvent());
        // withdraw is due in the second block: the transaction becomes its receipt in the first
        Replay r = explorer.replay(new Schedule(List.of(
                new BlockPlan(null, List.of(), List.of(new Submission(0, 0, 0))),
                new BlockPlan(null, List.of(new FailedCall(f.vault.id(), "withdraw", InjectedFailure.PANIC_AFTER_WRITES)),
                        List.of()))));

        ExecutionResult<?> result = r.results().get(0);
        assertEquals("Smart contract panicked: failure injected by the test at the end of the call",
                result.failureText(), result::toTree);
        assertEquals(NearToken.near(1), f.books(r.sandbox(), f.mallory.id()), "the booking was undone");
        assertEquals(List.of(), result.receipts("withdraw_callback"), "the payout and callback were never sent");
        assertEquals(f.sandbox.balance(f.vault.id()).plus(result.gasRewardOf(f.vault.id())),
                r.sandbox().balance(f.vault.id()), "the vault paid nothing");
    }

    /** The token sample: bob holds 1,000 and sends 600 to a receiver contract that keeps them. */
    private static final class Token {
        final Sandbox sandbox = Sandbox.create();
        final Account alice = sandbox.createAccount("alice.test.near", NearToken.near(10));
        final Account bob = sandbox.createAccount("bob.test.near", NearToken.near(10));
        final Account token = sandbox.deploy("token.test.near", FungibleToken.class,
                FungibleTokenStub.init(alice.id(), U128.of(1_000_000), FungibleTokenMetadata.of("Example Token", "EXT", 24)));
        final Account receiver = sandbox.deploy("receiver.test.near", TokenReceiver.class);

        Token() {
            NearToken min = sandbox.view(stub().storageBalanceBounds()).min();
            for (Account a : List.of(bob, receiver)) {
                assertTrue(a.transact(stub().withAttachedDeposit(min).storageDeposit(Optional.empty(), Optional.empty()))
                        .isSuccess());
            }
            assertTrue(alice.transact(stub().withAttachedDeposit(NearToken.ONE_YOCTO)
                    .ftTransfer(bob.id(), U128.of(1000), Optional.empty())).isSuccess());
        }

        FungibleTokenStub stub() {
            return FungibleTokenStub.on(token.id());
        }

        BigInteger balance(Sandbox s, Account a) {
            return s.view(stub().ftBalanceOf(a.id())).asBigInteger();
        }

        Explorer explorer() {
            return Explorer.from(sandbox)
                    .actor(Actor.signedBy(bob.id()).then("bob sends 600 to the receiver, which keeps them",
                            stub().withAttachedDeposit(NearToken.ONE_YOCTO)
                                    .ftTransferCall(receiver.id(), U128.of(600), Optional.empty(), "accept")))
                    .invariant(Invariant.always("total supply equals the sum of balances", s -> {
                        BigInteger sum = balance(s, alice).add(balance(s, bob)).add(balance(s, receiver));
                        return s.view(stub().ftTotalSupply()).asBigInteger().equals(sum);
                    }));
        }
    }

    @Test
    void aReceiverFailingAnyWayMidCallGetsNothingAndTheSenderIsRefundedInFull() {
        Token t = new Token();
        for (InjectedFailure how : EVERY_WAY) {
            // ft_transfer_call runs in the second block, ft_on_transfer in the third
            Replay r = t.explorer().replay(new Schedule(List.of(
                    new BlockPlan(null, List.of(), List.of(new Submission(0, 0, 0))),
                    new BlockPlan(null, List.of(), List.of()),
                    new BlockPlan(null, List.of(new FailedCall(t.receiver.id(), "ft_on_transfer", how)), List.of()))));

            ExecutionResult<?> result = r.results().get(0);
            assertTrue(result.receipt(t.receiver.id(), "ft_on_transfer").isFailure(), result::toTree);
            assertTrue(result.receipt(t.token.id(), "ft_resolve_transfer").failure().isEmpty(), result::toTree);
            assertEquals(BigInteger.valueOf(1000), t.balance(r.sandbox(), t.bob), how + ": all 600 back");
            assertEquals(BigInteger.ZERO, t.balance(r.sandbox(), t.receiver), how + "\n" + result.toTree());
            assertTrue(r.violation().isEmpty(), how::toString);
        }
    }

    @Test
    void theTokensSupplyHoldsWhenTheReceiverOrTheResolutionFailsAnyWay() {
        Token t = new Token();
        Exploration result = t.explorer()
                .actor(Actor.signedBy(t.bob.id()).thenMaybe("bob leaves, burning what he holds",
                        t.stub().withAttachedDeposit(NearToken.ONE_YOCTO).storageUnregister(Optional.of(true))))
                .mayFail(t.receiver.id(), "ft_on_transfer", EVERY_WAY)
                .mayFail(t.token.id(), "ft_resolve_transfer", EVERY_WAY)
                .maxBlocks(3)
                .explore();

        result.assertHolds();
        assertTrue(result.schedules() >= 30, result::toString);
    }
}

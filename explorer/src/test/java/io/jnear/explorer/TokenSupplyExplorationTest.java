package io.jnear.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnear.runtime.Account;
import io.jnear.runtime.Sandbox;
import io.jnear.samples.token.FungibleToken;
import io.jnear.samples.token.FungibleTokenMetadata;
import io.jnear.samples.token.FungibleTokenStub;
import io.jnear.samples.token.TokenReceiver;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.Gas;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.Promise;
import io.jnear.sdk.U128;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The token sample explored: transfers with calls racing each other, senders and receivers unregistering
 * (burning their tokens) between a transfer's call and its resolution, receivers that panic or answer
 * late; the total supply must equal the sum of all balances after every block.
 */
class TokenSupplyExplorationTest {
    private final Sandbox sandbox = Sandbox.create();
    private final Account alice = sandbox.createAccount("alice.test.near", NearToken.near(10));
    private final Account bob = sandbox.createAccount("bob.test.near", NearToken.near(10));
    private final Account token = sandbox.deploy("token.test.near", FungibleToken.class,
            FungibleTokenStub.init(alice.id(), U128.of(1_000_000), FungibleTokenMetadata.of("Example Token", "EXT", 24)));
    private final Account receiver = sandbox.deploy("receiver.test.near", TokenReceiver.class);
    private final List<AccountId> holders = List.of(alice.id(), bob.id(), receiver.id());

    private FungibleTokenStub token() {
        return FungibleTokenStub.on(token.id());
    }

    private FungibleTokenStub oneYocto() {
        return token().withAttachedDeposit(NearToken.ONE_YOCTO);
    }

    private void register(Account account) {
        NearToken min = sandbox.view(token().storageBalanceBounds()).min();
        assertTrue(account.transact(token().withAttachedDeposit(min).storageDeposit(Optional.empty(), Optional.empty())).isSuccess());
    }

    private Invariant supplyIsTheSumOfBalances() {
        return Invariant.always("total supply equals the sum of balances", s -> {
            BigInteger sum = BigInteger.ZERO;
            for (AccountId holder : holders) {
                sum = sum.add(s.view(FungibleTokenStub.on(token.id()).ftBalanceOf(holder)).asBigInteger());
            }
            BigInteger supply = s.view(FungibleTokenStub.on(token.id()).ftTotalSupply()).asBigInteger();
            assertEquals(supply, sum, "supply vs sum of balances");
            return true;
        });
    }

    private Alternative transferCall(String msg, long amount) {
        return Alternative.of("transfer " + amount + " to the receiver, msg " + msg,
                oneYocto().ftTransferCall(receiver.id(), U128.of(amount), Optional.empty(), msg));
    }

    /** Bob holds 1,000 tokens; bob and the receiver are registered. */
    private Explorer explorer() {
        register(bob);
        register(receiver);
        assertTrue(alice.transact(oneYocto().ftTransfer(bob.id(), U128.of(1000), Optional.empty())).isSuccess());
        return Explorer.from(sandbox).invariant(supplyIsTheSumOfBalances());
    }

    @Test
    void supplyHoldsUnderConcurrentTransferCalls() {
        Exploration result = explorer()
                .actor(Actor.signedBy(bob.id())
                        .thenOneOf("bob sends with a call", transferCall("accept", 600), transferCall("return:250", 600),
                                transferCall("self-call", 600))
                        .then("bob sends the rest", oneYocto().ftTransfer(alice.id(), U128.of(400), Optional.empty())))
                .actor(Actor.signedBy(alice.id())
                        .thenOneOf("alice sends with a call", transferCall("return:100", 300),
                                transferCall("self-call", 300)))
                .maxBlocks(3)
                .explore();

        result.assertHolds();
        assertTrue(result.schedules() >= 150 && result.pruned() > 0, result::toString);
    }

    @Test
    void supplyHoldsWhenSenderOrReceiverUnregistersInTheWindow() {
        Exploration result = explorer()
                .actor(Actor.signedBy(bob.id())
                        .thenOneOf("bob sends 600, the receiver gives back 250", transferCall("return:250", 600))
                        .thenMaybe("bob leaves, burning what he holds", oneYocto().storageUnregister(Optional.of(true))))
                .actor(Actor.signedBy(receiver.id())
                        .thenMaybe("the receiver leaves, burning what it holds", oneYocto().storageUnregister(Optional.of(true))))
                .maxBlocks(4)
                .explore();

        result.assertHolds();
        assertTrue(result.schedules() >= 30, result::toString);
    }

    @Test
    void supplyHoldsWhenReceiversFailOrVanish() {
        Alternative outOfGas = Alternative.of("transfer 600 with 8.25 Tgas: the receiver runs out of gas",
                oneYocto().withStaticGas(Gas.ggas(8250)).ftTransferCall(receiver.id(), U128.of(600), Optional.empty(), "accept"));
        Explorer explorer = explorer()
                .actor(Actor.signedBy(bob.id())
                        .thenOneOf("bob sends with a call", transferCall("panic", 600), transferCall("nonsense", 600),
                                transferCall("no such msg", 600), transferCall("self-call", 600), outOfGas))
                .actor(Actor.signedBy(receiver.id())
                        .thenMaybe("the receiver deletes its account", Promise.create(receiver.id())
                                .deleteAccount(alice.id())))
                .mayFail(receiver.id(), "ft_on_transfer")
                .mayFail(token.id(), "ft_resolve_transfer")
                .maxBlocks(4);
        Replay starved = explorer.replay(new Schedule(List.of(new BlockPlan(null, List.of(),
                List.of(new Submission(0, 0, 4))))));
        assertEquals(receiver.id(), starved.results().get(0).failures().get(0).executorId());
        assertTrue(starved.results().get(0).toTree().contains("FAILED: Exceeded the prepaid gas."),
                starved.results().get(0)::toTree);
        assertEquals(U128.of(1000), starved.sandbox().view(token().ftBalanceOf(bob.id())), "resolved: all back");

        Exploration result = explorer.explore();

        result.assertHolds();
        assertTrue(result.schedules() >= 80, result::toString);
    }

    @Test
    void aSupplyThatNeverChangesIsRefutedByOneForcedUnregister() {
        U128 supply = sandbox.view(token().ftTotalSupply());
        Exploration result = explorer()
                .actor(Actor.signedBy(alice.id())
                        .thenOneOf("alice sends with a call", transferCall("accept", 300), transferCall("panic", 300)))
                .actor(Actor.signedBy(bob.id())
                        .thenMaybe("bob leaves, burning what he holds", oneYocto().storageUnregister(Optional.of(true))))
                .invariant(Invariant.always("the supply never changes",
                        s -> s.view(FungibleTokenStub.on(token.id()).ftTotalSupply()).equals(supply)))
                .maxBlocks(3)
                .explore();

        Counterexample c = result.assertCounterexample();
        assertEquals(1, c.transactionCount(), c::report);
        long n = sandbox.blockHeight() + 1;
        assertEquals("block " + n + ": bob.test.near sends 'bob leaves, burning what he holds'\n"
                + "after block " + (n + 1) + ": 'the supply never changes' does not hold: does not hold\n",
                c.describe());
        assertTrue(c.receiptTrees().contains("EVENT_JSON:{\"standard\":\"nep141\",\"version\":\"1.0.0\","
                + "\"event\":\"ft_burn\",\"data\":[{\"owner_id\":\"bob.test.near\",\"amount\":\"1000\"}]}"),
                c::receiptTrees);
    }
}

package io.jnear.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnear.runtime.Account;
import io.jnear.runtime.Sandbox;
import io.jnear.samples.greeter.CrossGreeter;
import io.jnear.samples.greeter.CrossGreeterStub;
import io.jnear.samples.hello.HelloNear;
import io.jnear.samples.hello.HelloNearStub;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.Promise;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** How many schedules the search visits, and that a search is reproducible. */
class SearchSpaceTest {
    private final Sandbox sandbox = Sandbox.create();
    private final Account alice = sandbox.createAccount("alice.test.near", NearToken.near(10));
    private final Account bob = sandbox.createAccount("bob.test.near", NearToken.near(10));
    private final Account carol = sandbox.createAccount("carol.test.near", NearToken.near(10));
    private final Invariant nothingToCheck = Invariant.always("true", s -> true);

    private Promise<Void> pay(Account to) {
        return Promise.create(to.id()).transfer(NearToken.near(1));
    }

    @Test
    void aSecondTransferCanLandInEachBlockOfTheFirstsFlightOrNotAtAll() {
        // the first transfer is included in block 1 and runs in block 2: the second is included in block 2
        // (while the first is in flight), or not at all (the horizon is 2 blocks; a block with nothing
        // sent is tried only while something is in flight)
        Exploration result = Explorer.from(sandbox)
                .actor(Actor.signedBy(alice.id()).then("pay bob", pay(bob)).then("pay bob again", pay(bob)))
                .invariant(nothingToCheck)
                .maxBlocks(2)
                .explore();

        assertTrue(result.holdsInBound());
        assertEquals(2, result.schedules());
    }

    @Test
    void callsOfOneContractSentInOneBlockRunInBothOrdersButTransfersToOneAccountInOne() {
        Account hello = sandbox.deploy("hello.test.near", HelloNear.class);
        Exploration calls = Explorer.from(sandbox)
                .actor(Actor.signedBy(alice.id()).then("greet", HelloNearStub.on(hello.id()).setGreeting("alice")))
                .actor(Actor.signedBy(bob.id()).then("greet", HelloNearStub.on(hello.id()).setGreeting("bob")))
                .invariant(nothingToCheck)
                .maxBlocks(1)
                .explore();
        Exploration transfers = Explorer.from(sandbox)
                .actor(Actor.signedBy(alice.id()).then("pay carol", pay(carol)))
                .actor(Actor.signedBy(bob.id()).then("pay carol", pay(carol)))
                .invariant(nothingToCheck)
                .maxBlocks(1)
                .explore();

        // in the one block they may be sent in: alice alone, bob alone, or both, whose calls then reach
        // hello together in the next block and run in either order; transfers to carol commute
        assertEquals(4, calls.schedules());
        assertEquals(3, transfers.schedules());
    }

    @Test
    void receiptsOfTwoTransactionsMeetingOnOneContractInOneBlockAreTriedInBothOrders() {
        // the greeter's call to hello and bob's own call to hello can reach hello in the same block, where
        // either may run first: the last writer wins
        Account hello = sandbox.deploy("hello.test.near", HelloNear.class);
        Account greeter = sandbox.deploy("greeter.test.near", CrossGreeter.class,
                CrossGreeterStub.init(hello.id().toString()));
        Explorer explorer = Explorer.from(sandbox)
                .actor(Actor.signedBy(alice.id())
                        .then("greet through the greeter", CrossGreeterStub.on(greeter.id()).changeGreeting("alice")))
                .actor(Actor.signedBy(bob.id()).then("greet directly", HelloNearStub.on(hello.id()).setGreeting("bob")))
                .maxBlocks(2);

        Exploration fixedOrder = explorer.reorderReceipts(false).invariant(nothingToCheck).explore();
        Exploration allOrders = explorer.invariant(nothingToCheck).explore();
        assertTrue(fixedOrder.holdsInBound() && allOrders.holdsInBound());
        assertEquals(fixedOrder.schedules() + 1, allOrders.schedules(), "one block where both reach hello together");
    }

    @Test
    void theSameSeedGivesTheSameSearchAndAnotherSeedStillFindsTheExploit() {
        VaultFixture f = VaultFixture.leaky();
        Explorer explorer = Explorer.from(f.sandbox)
                .actor(f.malloryWithdrawsTwice())
                .actor(Actor.signedBy(f.bob.id()).thenMaybe("withdraw 5 NEAR", f.withdraw(NearToken.near(5))))
                .invariant(f.solvent())
                .maxBlocks(5);

        Exploration first = explorer.seed(7).explore();
        Exploration again = explorer.seed(7).explore();
        Exploration other = explorer.seed(8).explore();
        Exploration breadthFirst = explorer.strategy(Strategy.BREADTH_FIRST).explore();

        assertEquals(first.toString(), again.toString());
        assertEquals(first.counterexample().orElseThrow().report(), again.counterexample().orElseThrow().report());
        for (Exploration e : new Exploration[] {first, other, breadthFirst}) {
            Counterexample c = e.counterexample().orElseThrow();
            assertEquals(2, c.transactionCount(), c::report);
            assertEquals(c.replay().stateDigest(), explorer.replay(c.schedule()).stateDigest(),
                    "a schedule replays to the same state");
        }
        java.util.Set<String> walks = new java.util.TreeSet<>();
        for (long seed = 1; seed <= 6; seed++) {
            Exploration e = explorer.seed(seed).explore();
            walks.add(e.schedules() + " schedules, " + e.blocks() + " blocks");
        }
        assertTrue(walks.size() > 1, () -> "other seeds walk the schedules in other orders: " + walks);
    }

    @Test
    void anInvariantBrokenBeforeAnyTransactionIsRefusedRatherThanReportedAsACounterexample() {
        Explorer explorer = Explorer.from(sandbox)
                .actor(Actor.signedBy(alice.id()).then("pay bob", pay(bob)))
                .invariant(Invariant.atRest("bob is rich", s -> {
                    assertEquals(NearToken.near(1000), s.balance(bob.id()), "bob's balance");
                    return true;
                }));

        assertEquals("'bob is rich' does not hold before any transaction: bob's balance ==> expected: <1000 NEAR> "
                + "but was: <10 NEAR>", assertThrows(IllegalStateException.class, explorer::explore).getMessage());
    }

    @Test
    void anExplorerNeedsAnActorAndAnInvariant() {
        assertEquals("Nothing to explore: add an actor",
                assertThrows(IllegalStateException.class, () -> Explorer.from(sandbox).invariant(nothingToCheck).explore())
                        .getMessage());
        assertEquals("Nothing to check: add an invariant",
                assertThrows(IllegalStateException.class, () -> Explorer.from(sandbox)
                        .actor(Actor.signedBy(alice.id()).then("pay bob", pay(bob))).explore()).getMessage());
    }

    @Test
    void aTimeLimitStopsTheSearchAtTheFirstChoiceAfterItAndAnAmpleOneChangesNothing() {
        Explorer explorer = Explorer.from(sandbox)
                .actor(Actor.signedBy(alice.id()).then("pay bob", pay(bob)).then("pay bob again", pay(bob))
                        .then("pay carol", pay(carol)))
                .actor(Actor.signedBy(bob.id()).then("pay carol", pay(carol)).then("pay alice", pay(alice)))
                .invariant(nothingToCheck)
                .maxBlocks(4);
        Exploration counted = explorer.explore();
        Exploration ample = explorer.budget(Budget.schedules(1_000_000).within(Duration.ofHours(1))).explore();
        // a nanosecond has passed by the time the search looks at the clock after its first choice
        Exploration cut = explorer.budget(Budget.time(Duration.ofNanos(1))).explore();

        assertTrue(counted.holdsInBound());
        assertEquals(counted.toString(), ample.toString());
        assertFalse(cut.holdsInBound());
        assertTrue(cut.schedules() < counted.schedules(), cut.toString());
        assertTrue(cut.toString().endsWith(": budget exhausted"), cut.toString());
    }

    @Test
    void aBudgetMustBePositive() {
        assertEquals("A budget must be positive: 10 schedules, 9223372036854775807 blocks, 0 ms",
                assertThrows(IllegalArgumentException.class,
                        () -> Budget.schedules(10).within(Duration.ZERO)).getMessage());
        assertEquals("A budget must be positive: 0 schedules, 9223372036854775807 blocks, no time limit",
                assertThrows(IllegalArgumentException.class, () -> Budget.schedules(0)).getMessage());
    }
}

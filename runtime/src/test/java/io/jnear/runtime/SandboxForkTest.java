package io.jnear.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnear.runtime.exec.Chain;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.Gas;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.Promise;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SandboxForkTest {
    private Sandbox sandbox;
    private Account alice;
    private Account bob;
    private Account caller;
    private Account store;

    @BeforeEach
    void accounts() {
        sandbox = Sandbox.create(SandboxConfig.builder().checkConservation(true).build());
        alice = sandbox.createAccount("alice.test.near", NearToken.near(100));
        bob = sandbox.createAccount("bob.test.near", NearToken.near(5));
        caller = sandbox.deploy("caller.test.near", TestContracts.caller(), null);
        store = sandbox.deploy("store.test.near", TestContracts.store(), null);
        alice.call(store.id(), "set", "{\"key\":\"k\",\"value\":\"parent\"}");
    }

    @Test
    void aForkDivergesWithoutChangingItsParentAndTheParentWithoutChangingTheFork() {
        String parentDigest = sandbox.stateDigest();
        SortedMap<String, String> parentStorage = sandbox.viewState(store.id());
        NearToken bobBefore = sandbox.balance(bob.id());
        long height = sandbox.blockHeight();

        Sandbox fork = sandbox.fork();
        assertEquals(parentDigest, fork.stateDigest(), "a fork starts as a copy");
        fork.account(alice.id()).call(store.id(), "set", "{\"key\":\"k\",\"value\":\"fork\"}");
        fork.account(alice.id()).transact(Promise.create(bob.id()).transfer(NearToken.near(1)));
        fork.createAccount("carol.test.near", NearToken.near(1));

        assertEquals("fork", fork.viewState(store.id()).get("k"));
        assertEquals(bobBefore.plus(NearToken.near(1)), fork.balance(bob.id()));
        assertTrue(fork.exists(AccountId.of("carol.test.near")));
        assertEquals(parentDigest, sandbox.stateDigest(), "the parent did not see the fork's blocks");
        assertEquals(parentStorage, sandbox.viewState(store.id()));
        assertEquals(bobBefore, sandbox.balance(bob.id()));
        assertFalse(sandbox.exists(AccountId.of("carol.test.near")));
        assertEquals(height, sandbox.blockHeight());

        String forkDigest = fork.stateDigest();
        alice.call(store.id(), "set", "{\"key\":\"k\",\"value\":\"parent again\"}");
        assertEquals("parent again", sandbox.viewState(store.id()).get("k"));
        assertEquals("fork", fork.viewState(store.id()).get("k"));
        assertEquals(forkDigest, fork.stateDigest(), "the fork did not see the parent's later blocks");
        fork.checkConservation();
        sandbox.checkConservation();
    }

    @Test
    void aForkBetweenACallAndItsCallbackFinishesTheCallOnItsOwn() {
        SubmittedTransaction<Void> forward = alice.submit(forwardEcho("window"));
        sandbox.produceBlock(); // included
        sandbox.produceBlock(); // caller runs and calls the store; the callback is still to come
        assertFalse(forward.isComplete());
        int outcomesAtFork = forward.trace().receiptOutcomes().size();

        Sandbox fork = sandbox.fork();
        fork.runUntilIdle();
        assertTrue(fork.isIdle());
        assertFalse(forward.isComplete(), "the fork's blocks do not advance the parent's transaction");
        assertEquals(outcomesAtFork, forward.trace().receiptOutcomes().size());
        assertFalse(sandbox.isIdle());

        ExecutionResult<Void> result = forward.await();
        assertEquals("\"window\"", result.json());
        assertEquals(sandbox.stateDigest(), fork.stateDigest(), "same blocks, same state");
        assertEquals(sandbox.blockHeight(), fork.blockHeight());
    }

    @Test
    void theSameScheduleReplayedOnTwoForksGivesTheSameStateDigest() {
        SubmittedTransaction<Void> first = alice.submit(forwardEcho("one"));
        sandbox.produceBlock();
        Sandbox left = sandbox.fork();
        Sandbox right = sandbox.fork();
        for (Sandbox s : new Sandbox[] {left, right}) {
            s.produceBlock();
            s.account(bob.id()).submit(Promise.create(store.id()).functionCall("set",
                    "{\"key\":\"k\",\"value\":\"bob\"}".getBytes(StandardCharsets.UTF_8), NearToken.ZERO, Gas.tgas(10)));
            s.runUntilIdle();
        }
        assertEquals(left.stateDigest(), right.stateDigest());
        assertEquals("bob", left.viewState(store.id()).get("k"));

        // a different schedule (bob's call a block later) is a different branch with its own state
        Sandbox later = sandbox.fork();
        later.produceBlock();
        later.produceBlock();
        later.account(bob.id()).submit(Promise.create(store.id()).functionCall("set",
                "{\"key\":\"k\",\"value\":\"bob\"}".getBytes(StandardCharsets.UTF_8), NearToken.ZERO, Gas.tgas(10)));
        later.runUntilIdle();
        assertNotEquals(left.stateDigest(), later.stateDigest());
        assertFalse(first.isComplete(), "none of the forks advanced the parent");
        assertNull(sandbox.viewState(store.id()).get("bob"));
    }

    @Test
    void receiptsDueInOneBlockRunInTheOrderGivenAndOnlyAWholePermutationIsAccepted() {
        Sandbox other = sandbox.fork();
        for (Sandbox s : new Sandbox[] {sandbox, other}) {
            s.account(alice.id()).submit(set("by alice"));
            s.account(bob.id()).submit(set("by bob"));
            s.produceBlock(); // both included; their receipts are due in the next block, alice's first
        }
        List<Chain.DueReceipt> due = other.receiptsDueNext();
        assertEquals(2, due.size());
        assertEquals(List.of(store.id(), store.id()), due.stream().map(Chain.DueReceipt::receiverId).toList());
        assertTrue(due.get(0).reachesContract());

        assertEquals("Receipt " + due.get(0).id() + " is not due next, or is listed twice",
                assertThrows(IllegalArgumentException.class, () -> other.reorderReceiptsDueNext(
                        List.of(due.get(0).id(), due.get(0).id()))).getMessage());
        assertEquals("The order leaves out 1 receipt(s) due next", assertThrows(IllegalArgumentException.class,
                () -> other.reorderReceiptsDueNext(List.of(due.get(1).id()))).getMessage());
        other.reorderReceiptsDueNext(List.of(due.get(1).id(), due.get(0).id()));
        sandbox.runUntilIdle();
        other.runUntilIdle();

        assertEquals("by bob", sandbox.viewState(store.id()).get("k"), "bob's write ran last");
        assertEquals("by alice", other.viewState(store.id()).get("k"), "in the other order alice's did");
    }

    @Test
    void aCallMarkedToFailFailsAsIfTheCalleePanickedAndTheCallerSeesTheFailure() {
        SubmittedTransaction<Void> forward = alice.submit(forwardEcho("hi"));
        sandbox.produceBlock(); // included
        sandbox.produceBlock(); // caller runs and calls the store's echo, due next
        Sandbox untouched = sandbox.fork();

        assertEquals(0, sandbox.failCallsDueNext(store.id(), "set"), "no call of set is due");
        assertEquals(1, sandbox.failCallsDueNext(store.id(), "echo"));
        ExecutionResult<Void> r = forward.await();

        assertEquals("Smart contract panicked: failure injected by the test", r.failureText());
        assertEquals(store.id(), r.failures().get(0).executorId());
        untouched.runUntilIdle();
        assertNotEquals(sandbox.stateDigest(), untouched.stateDigest(), "the fork made before the mark succeeded");
        sandbox.checkConservation();
    }

    private Promise<Void> set(String value) {
        return Promise.create(store.id()).functionCall("set", "{\"key\":\"k\",\"value\":\"" + value + "\"}",
                NearToken.ZERO, Gas.tgas(10));
    }

    private Promise<Void> forwardEcho(String value) {
        return Promise.create(caller.id()).functionCall("forward", "{\"target\":\"store.test.near\","
                + "\"method\":\"echo\",\"args\":\"{\\\"value\\\":\\\"" + value + "\\\"}\"}",
                NearToken.ZERO, Gas.tgas(100));
    }
}

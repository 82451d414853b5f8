package io.jnear.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jnear.runtime.Account;
import io.jnear.runtime.Sandbox;
import io.jnear.samples.greeter.CrossGreeter;
import io.jnear.samples.greeter.CrossGreeterStub;
import io.jnear.samples.hello.HelloNear;
import io.jnear.samples.hello.HelloNearStub;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.Promise;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Forks are what the explorer's search stands on: a fork taken anywhere in a run, then given the rest
 * of the run, must end exactly where the run without a fork ends, and must not disturb the run it was
 * taken from.
 */
class ForkPropertyTest {
    private static final Sandbox BASE = Sandbox.create();
    private static final Account ALICE = BASE.createAccount("alice.test.near", NearToken.near(50));
    private static final Account BOB = BASE.createAccount("bob.test.near", NearToken.near(50));
    private static final Account HELLO = BASE.deploy("hello.test.near", HelloNear.class);
    private static final Account GREETER = BASE.deploy("greeter.test.near", CrossGreeter.class,
            CrossGreeterStub.init(HELLO.id().toString()));

    static {
        // every step runs once before the properties, so no run pays a contract class's first initialisation
        for (int step = 0; step < 3; step++) {
            apply(BASE, step, 0);
        }
        BASE.runUntilIdle();
    }

    /** Step 0: alice greets through the greeter; 1: bob greets directly; 2: alice pays bob; 3: a block. */
    private static void apply(Sandbox sandbox, int step, int index) {
        switch (step) {
            case 0 -> sandbox.account(ALICE.id()).submit(CrossGreeterStub.on(GREETER.id()).changeGreeting("a" + index));
            case 1 -> sandbox.account(BOB.id()).submit(HelloNearStub.on(HELLO.id()).setGreeting("b" + index));
            case 2 -> sandbox.account(ALICE.id()).submit(Promise.create(BOB.id()).transfer(NearToken.milliNear(index + 1)));
            default -> sandbox.produceBlock();
        }
    }

    private static void run(Sandbox sandbox, List<Integer> steps, int from, int to) {
        for (int i = from; i < to; i++) {
            apply(sandbox, steps.get(i), i);
        }
    }

    @Property(tries = 40, seed = "20261130")
    void aForkGivenTheRestOfARunEndsWhereTheRunEndsAndLeavesItsParentAlone(
            @ForAll @Size(max = 12) List<@IntRange(min = 0, max = 3) Integer> steps,
            @ForAll @IntRange(min = 0, max = 12) int forkAt) {
        int at = Math.min(forkAt, steps.size());
        Sandbox direct = BASE.fork();
        run(direct, steps, 0, steps.size());
        direct.runUntilIdle();

        Sandbox parent = BASE.fork();
        run(parent, steps, 0, at);
        String parentAtFork = parent.stateDigest();
        Sandbox fork = parent.fork();
        run(fork, steps, at, steps.size());
        fork.runUntilIdle();
        assertEquals(parentAtFork, parent.stateDigest(), "the fork's blocks left its parent alone");
        run(parent, steps, at, steps.size());
        parent.runUntilIdle();

        assertEquals(direct.stateDigest(), fork.stateDigest());
        assertEquals(direct.stateDigest(), parent.stateDigest());
        assertEquals(direct.view(HelloNearStub.on(HELLO.id()).getGreeting()),
                fork.view(HelloNearStub.on(HELLO.id()).getGreeting()));
        fork.checkConservation();
    }
}

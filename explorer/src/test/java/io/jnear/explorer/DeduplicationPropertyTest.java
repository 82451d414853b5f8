package io.jnear.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnear.runtime.Account;
import io.jnear.runtime.Sandbox;
import io.jnear.runtime.exec.InjectedFailure;
import io.jnear.samples.greeter.CrossGreeter;
import io.jnear.samples.greeter.CrossGreeterStub;
import io.jnear.samples.hello.HelloNear;
import io.jnear.samples.hello.HelloNearStub;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.Promise;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.Size;

/**
 * Skipping states already reached loses nothing: for random actors, failing calls and horizons, the
 * search with deduplication reaches exactly the end states the search without it reaches, in no more
 * schedules, and every state after every block that the full search sees.
 */
class DeduplicationPropertyTest {
    private static final Sandbox BASE = Sandbox.create();
    private static final Account ALICE = BASE.createAccount("alice.test.near", NearToken.near(50));
    private static final Account BOB = BASE.createAccount("bob.test.near", NearToken.near(50));
    private static final Account HELLO = BASE.deploy("hello.test.near", HelloNear.class);
    private static final Account GREETER = BASE.deploy("greeter.test.near", CrossGreeter.class,
            CrossGreeterStub.init(HELLO.id().toString()));

    static {
        // every call runs once first, so no schedule pays a contract class's first initialisation in gas
        BASE.account(ALICE.id()).transact(CrossGreeterStub.on(GREETER.id()).changeGreeting("warm"));
        BASE.account(BOB.id()).transact(HelloNearStub.on(HELLO.id()).setGreeting("warm"));
    }

    /** Step 0: greet through the greeter (a call and its callback); 1: greet directly; 2: pay the other. */
    private static Promise<?> step(Account who, int step, int index) {
        return switch (step) {
            case 0 -> CrossGreeterStub.on(GREETER.id()).changeGreeting(who.id() + " " + index);
            case 1 -> HelloNearStub.on(HELLO.id()).setGreeting(who.id() + " " + index);
            default -> Promise.create(who == ALICE ? BOB.id() : ALICE.id()).transfer(NearToken.milliNear(index + 1));
        };
    }

    private static Actor actor(Account who, List<Integer> steps) {
        Actor actor = Actor.signedBy(who.id());
        for (int i = 0; i < steps.size(); i++) {
            actor = i % 2 == 1 ? actor.thenMaybe("step " + i, step(who, steps.get(i), i))
                    : actor.then("step " + i, step(who, steps.get(i), i));
        }
        return actor;
    }

    @Property(tries = 12, seed = "20261130")
    void deduplicationReachesEveryStateTheFullSearchReaches(
            @ForAll @Size(min = 1, max = 2) List<@IntRange(min = 0, max = 2) Integer> alice,
            @ForAll @Size(max = 2) List<@IntRange(min = 0, max = 2) Integer> bob,
            @ForAll @IntRange(min = 0, max = 3) int failing,
            @ForAll @IntRange(min = 1, max = 3) int maxBlocks) {
        Set<String> atRest = new TreeSet<>();
        Set<String> atRestDeduplicated = new TreeSet<>();
        Set<String> afterBlocks = new TreeSet<>();
        Set<String> afterBlocksDeduplicated = new TreeSet<>();
        Explorer explorer = Explorer.from(BASE).actor(actor(ALICE, alice)).maxBlocks(maxBlocks);
        if (!bob.isEmpty()) {
            explorer = explorer.actor(actor(BOB, bob));
        }
        if (failing > 0) {
            explorer = explorer.mayFail(HELLO.id(), "set_greeting", InjectedFailure.values()[failing]);
        }

        Exploration all = explorer.deduplicate(false)
                .invariant(Invariant.always("recorded", s -> afterBlocks.add(s.stateDigest()) || true))
                .invariant(Invariant.atRest("recorded at rest", s -> atRest.add(s.stateDigest()) || true))
                .explore();
        Exploration deduplicated = explorer
                .invariant(Invariant.always("recorded", s -> afterBlocksDeduplicated.add(s.stateDigest()) || true))
                .invariant(Invariant.atRest("recorded at rest", s -> atRestDeduplicated.add(s.stateDigest()) || true))
                .explore();

        assertTrue(all.holdsInBound() && deduplicated.holdsInBound(), () -> all + " / " + deduplicated);
        assertEquals(atRest, atRestDeduplicated, "the same end states");
        assertEquals(afterBlocks, afterBlocksDeduplicated, "the same states after every block");
        assertTrue(deduplicated.schedules() <= all.schedules(), () -> deduplicated + " vs " + all);
        assertEquals(0, all.pruned());
        Statistics.collect(deduplicated.pruned() > 0 ? "pruned" : "nothing to prune");
        Statistics.coverage(coverage -> coverage.check("pruned").count(tries -> tries >= 2));
    }
}

package io.jnear.runtime.sealing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jnear.runtime.Account;
import io.jnear.runtime.ExecutionResult;
import io.jnear.runtime.Sandbox;
import io.jnear.runtime.outcome.ExecutionOutcome;
import io.jnear.sdk.Gas;
import io.jnear.sdk.NearToken;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Static initialisers run when a deployment's classes load, not in whichever call first touches a class:
 * forks share loaded classes, and a call must cost the same in a fork as in a fresh sandbox.
 */
@Timeout(60)
class StaticInitialisersCostNoCallTest {
    private static final String TABLE = "\"" + (9_999L * 9_999 + 10_000) + "\"";

    private record Run(Sandbox sandbox, Account alice, Account contract) {
        static Run fresh(String fixture) {
            Sandbox sandbox = Sandbox.create();
            Account alice = sandbox.createAccount("alice.test.near", NearToken.near(100));
            return new Run(sandbox, alice, sandbox.deploy("c.test.near", Fixtures.named(fixture)));
        }

        ExecutionResult<String> call() {
            return alice.call(contract.id(), "run", "", NearToken.ZERO, Gas.tgas(50));
        }

        Run fork() {
            Sandbox fork = sandbox.fork();
            return new Run(fork, fork.account(alice.id()), fork.account(contract.id()));
        }
    }

    private static List<Long> gas(ExecutionResult<String> result) {
        return result.receiptOutcomes().stream().map(ExecutionOutcome::gasBurnt).toList();
    }

    @Test
    void aCallCostsTheSameInAForkAsInAFreshSandboxWhateverRanBefore() {
        Run parent = Run.fresh("StaticTable");
        Run fork = parent.fork();
        // the fork's first call runs before the parent's: the classes the two share load in the fork
        ExecutionResult<String> inFork = fork.call();
        String forkDigest = fork.sandbox().stateDigest();
        ExecutionResult<String> inParent = parent.call();
        assertEquals(forkDigest, parent.sandbox().stateDigest(),
                "the same transaction after the same history: the same state, balances included");
        ExecutionResult<String> isolated = Run.fresh("StaticTable").call();
        ExecutionResult<String> secondInParent = parent.call();
        ExecutionResult<String> laterFork = parent.fork().call();

        assertEquals(TABLE, isolated.value());
        assertEquals(gas(isolated), gas(inFork));
        assertEquals(gas(isolated), gas(inParent));
        assertEquals(gas(isolated), gas(secondInParent));
        assertEquals(gas(isolated), gas(laterFork));
    }

    @Test
    void aStaticInitialiserThatNeverEndsFailsEveryCallAndTheSandboxGoesOn() {
        Run run = Run.fresh("SpinningInitialiser");
        String expected = "Smart contract static initialisation failed: its static initialisers ran more than "
                + "100000000 instructions";
        assertEquals(expected, run.call().failureText());
        assertEquals(expected, run.call().failureText());
        run.sandbox().checkConservation();
    }

    @Test
    void staticInitialisersHaveNoCallContext() {
        assertEquals("Smart contract static initialisation failed: Env.currentAccountId is not available in a "
                + "static initialiser", Run.fresh("InitialiserReadsEnv").call().failureText());
    }
}

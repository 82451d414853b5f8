package io.jnear.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnear.runtime.state.AccountState;
import io.jnear.sdk.NearToken;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeterminismAndConservationTest {

    /** A scenario touching every path: calls, failures, refunds, joins, returned promises, storage. */
    private static List<String> scenario(Sandbox sandbox) {
        Account alice = sandbox.createAccount("alice.test.near", NearToken.near(100));
        Account caller = sandbox.deploy("caller.test.near", TestContracts.caller(), null);
        Account store = sandbox.deploy("store.test.near", TestContracts.store(), null);
        List<String> outcomes = new ArrayList<>();
        outcomes.add(alice.call(caller.id(), "call", "{\"target\":\"store.test.near\",\"method\":\"fail\","
                + "\"deposit\":\"5\"}", NearToken.near(1), io.jnear.sdk.Gas.ZERO).toJson());
        outcomes.add(alice.call(caller.id(), "join", "{\"calls\":[{\"target\":\"store.test.near\",\"method\":"
                + "\"echo\",\"args\":\"{\\\"value\\\":\\\"a\\\"}\"},{\"target\":\"store.test.near\","
                + "\"method\":\"fail\"}]}").toJson());
        outcomes.add(alice.call(caller.id(), "forward", "{\"target\":\"store.test.near\",\"method\":\"echo\","
                + "\"args\":\"{\\\"value\\\":\\\"v\\\"}\"}").toJson());
        outcomes.add(alice.call(store.id(), "set", "{\"key\":\"k\",\"value\":\"v\"}").toTree());
        outcomes.add(alice.call(store.id(), "big_write", "{\"size\":3000000}").toTree());
        outcomes.add(sandbox.stateDigest());
        return outcomes;
    }

    @Test
    void twoRunsOfTheSameScenarioProduceIdenticalOutcomesGasAndState() {
        List<String> first = scenario(Sandbox.create());
        List<String> second = scenario(Sandbox.create());
        assertEquals(first, second);
        assertTrue(first.get(0).contains("\"gas_burnt\""));
    }

    @Test
    void nearIsConservedAfterEveryBlockOfABusyScenario() {
        // the check runs inside produceBlock for every block of the scenario; it throws on any leak
        Sandbox sandbox = Sandbox.create(SandboxConfig.builder().checkConservation(true).build());
        scenario(sandbox);
        sandbox.checkConservation();
        assertTrue(sandbox.blockHeight() > 10);
    }

    @Test
    void conservationCheckCatchesYoctoThatAppearFromNowhere() {
        Sandbox sandbox = Sandbox.create();
        Account alice = sandbox.createAccount("alice.test.near", NearToken.near(1));
        AccountState state = sandbox.chain().state().get(alice.id());
        sandbox.chain().state().setAmount(state, state.amount().add(BigInteger.ONE));

        IllegalStateException e = assertThrows(IllegalStateException.class, sandbox::checkConservation);
        assertTrue(e.getMessage().contains("(difference 1)"), e.getMessage());
    }

    @Test
    void blocksAdvanceHeightAndTimestampDeterministically() {
        Sandbox sandbox = Sandbox.create();
        long t0 = sandbox.blockTimestamp();
        sandbox.fastForward(5);
        assertEquals(5, sandbox.blockHeight());
        assertEquals(t0 + 5 * sandbox.config().blockTimeNanos(), sandbox.blockTimestamp());
    }
}

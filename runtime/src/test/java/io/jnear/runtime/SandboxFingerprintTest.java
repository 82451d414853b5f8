package io.jnear.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.jnear.sdk.NearToken;
import io.jnear.sdk.Promise;
import org.junit.jupiter.api.Test;

/** {@link Sandbox#fingerprint()}: equal for chains that will behave alike, different when anything in flight differs. */
class SandboxFingerprintTest {
    private final Sandbox sandbox = Sandbox.create();
    private final Account alice = sandbox.createAccount("alice.test.near", NearToken.near(100));
    private final Account bob = sandbox.createAccount("bob.test.near", NearToken.near(5));
    private final Account store = sandbox.deploy("store.test.near", TestContracts.store(), null);

    @Test
    void forksThatTakeTheSameBlocksHaveTheSameFingerprint() {
        Sandbox one = sandbox.fork();
        Sandbox two = sandbox.fork();
        assertEquals(sandbox.fingerprint(), one.fingerprint());

        for (Sandbox s : new Sandbox[] {one, two}) {
            s.submit(alice.id(), Promise.create(store.id()).functionCall("set", "{\"key\":\"k\",\"value\":\"v\"}",
                    NearToken.ZERO, io.jnear.sdk.Gas.ZERO));
            s.produceBlock();
            assertNotEquals(sandbox.fingerprint(), s.fingerprint());
        }
        assertEquals(one.fingerprint(), two.fingerprint(), "the call in flight is the same receipt on both");
        one.runUntilIdle();
        two.runUntilIdle();
        assertEquals(one.fingerprint(), two.fingerprint());
        assertEquals(one.stateDigest(), two.stateDigest());
    }

    @Test
    void whatIsInFlightCountsNotOnlyTheState() {
        Sandbox paying = sandbox.fork();
        Sandbox calling = sandbox.fork();
        paying.submit(alice.id(), Promise.create(bob.id()).transfer(NearToken.near(1)));
        calling.submit(alice.id(), Promise.create(store.id()).functionCall("set", "{\"key\":\"k\",\"value\":\"v\"}",
                NearToken.ZERO, io.jnear.sdk.Gas.ZERO));

        assertEquals(sandbox.stateDigest(), paying.stateDigest(), "nothing is charged before the block");
        assertNotEquals(sandbox.fingerprint(), paying.fingerprint(), "a transaction waits for the next block");
        assertNotEquals(paying.fingerprint(), calling.fingerprint());

        paying.produceBlock();
        Sandbox payingTwo = sandbox.fork();
        payingTwo.submit(alice.id(), Promise.create(bob.id()).transfer(NearToken.near(2)));
        payingTwo.produceBlock();
        assertNotEquals(paying.fingerprint(), payingTwo.fingerprint(), "the receipts in flight carry other amounts");
    }

    @Test
    void theSameBlocksProducedThroughAnotherMethodGiveTheSameFingerprint() {
        Sandbox direct = sandbox.fork();
        Sandbox detour = sandbox.fork();
        direct.fastForward(2);
        detour.produceBlock();
        detour.produceBlock();
        assertEquals(direct.fingerprint(), detour.fingerprint(), "two empty blocks, by either method");
        detour.produceBlock();
        assertNotEquals(direct.fingerprint(), detour.fingerprint(), "the height differs");
    }
}

package io.jnear.runtime.sealing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jnear.runtime.Account;
import io.jnear.runtime.ExecutionResult;
import io.jnear.runtime.Sandbox;
import io.jnear.sdk.Env;
import io.jnear.sdk.Gas;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.spi.ContractCode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The value a storage write evicts reaches the contract as its own copy: scribbling on it changes neither
 * the value a failed receipt's rollback puts back nor the same entry in a fork, which shares stored values
 * with its parent.
 */
class EvictedValuesAreCopiesTest {
    private static final byte[] KEY = "k".getBytes(StandardCharsets.UTF_8);

    private Sandbox sandbox;
    private Account alice;
    private Account scribbler;

    /** {@code put} stores its input; {@code scribble} replaces it and overwrites the evicted bytes, {@code …AndFail} then panics. */
    private static ContractCode scribbler() {
        return ContractCode.of("scribbler", "scribbler".getBytes(StandardCharsets.UTF_8), () -> method -> {
            if (method.equals("put")) {
                Env.storageWrite(KEY, Env.input());
                return true;
            }
            byte[] evicted = Env.storageReplace(KEY, "replaced".getBytes(StandardCharsets.UTF_8));
            Arrays.fill(evicted, (byte) 'X');
            if (method.equals("scribbleAndFail")) {
                throw Env.panic("after scribbling");
            }
            return method.equals("scribble");
        });
    }

    @BeforeEach
    void setUp() {
        sandbox = Sandbox.create();
        alice = sandbox.createAccount("alice.test.near", NearToken.near(100));
        scribbler = sandbox.deploy("scribbler.test.near", scribbler(), null);
        call(sandbox, "put", "original");
    }

    private ExecutionResult<String> call(Sandbox on, String method, String args) {
        return on.account(alice.id()).call(scribbler.id(), method, args, NearToken.ZERO, Gas.tgas(30));
    }

    private static String stored(Sandbox on, Account account) {
        return new String(on.storageValue(account.id(), KEY), StandardCharsets.UTF_8);
    }

    @Test
    void aRollbackPutsBackTheValueAsItWasStored() {
        ExecutionResult<String> r = call(sandbox, "scribbleAndFail", "");
        assertEquals("Smart contract panicked: after scribbling", r.failureText());
        assertEquals("original", stored(sandbox, scribbler));
    }

    @Test
    void aForkScribblingOnItsEvictedValueLeavesTheParentsEntryAlone() {
        Sandbox fork = sandbox.fork();
        ExecutionResult<String> r = call(fork, "scribble", "");
        assertEquals(null, r.failureText());
        assertEquals("replaced", stored(fork, scribbler));
        assertEquals("original", stored(sandbox, scribbler));
    }
}

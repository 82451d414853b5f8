package io.jnear.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jnear.runtime.fees.ActionCost;
import io.jnear.runtime.fees.ActionFees;
import io.jnear.sdk.AccessKey;
import io.jnear.sdk.Action;
import io.jnear.sdk.Gas;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.Promise;
import io.jnear.sdk.PublicKey;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Fees and storage count UTF-8 bytes, as nearcore does, not Java's UTF-16 string lengths. */
class Utf8ByteCountsTest {
    private static final ActionFees FEES = ProtocolConfig.protocol86().fees();

    @Test
    void utf8LengthsCountOneToFourBytesPerCharacter() {
        assertEquals(1 + 2 + 3 + 4, ActionFees.utf8Length("aé€\uD83D\uDE00"));
        assertEquals("aé€\uD83D\uDE00".getBytes(java.nio.charset.StandardCharsets.UTF_8).length,
                ActionFees.utf8Length("aé€\uD83D\uDE00"));
    }

    @Test
    void aMethodNameIsChargedPerUtf8Byte() {
        Sandbox sandbox = Sandbox.create();
        Account alice = sandbox.createAccount("alice.test.near", NearToken.near(10));
        Account store = sandbox.deploy("store.test.near", TestContracts.store(), null);

        ExecutionResult<byte[]> r = sandbox.submitActions(alice.id(), store.id(),
                List.of(new Action.FunctionCall("é", new byte[0], Gas.tgas(5), NearToken.ZERO, 0))).await();

        // "é" is one UTF-16 unit but two UTF-8 bytes
        long send = FEES.fee(ActionCost.NEW_ACTION_RECEIPT).send(false) + FEES.fee(ActionCost.FUNCTION_CALL_BASE).send(false)
                + 2 * FEES.fee(ActionCost.FUNCTION_CALL_BYTE).send(false);
        assertEquals(send, r.transactionOutcome().gasBurnt());
        assertEquals("MethodResolveError(MethodNotFound)", r.failureText());
    }

    @Test
    void aFunctionCallKeyCountsEachMethodNameInUtf8PlusOne() {
        Sandbox sandbox = Sandbox.create();
        Account alice = sandbox.createAccount("alice.test.near", NearToken.near(10));
        AccessKey key = new AccessKey(0, new AccessKey.FunctionCallPermission(null, alice.id(), List.of("é", "ab")));
        long storageBefore = alice.storageUsage();

        ExecutionResult<Void> r = alice.transact(Promise.create(alice.id())
                .add(new Action.AddKey(PublicKey.ed25519(new byte[32]), key)));

        // per-byte part: (2 + 1) + (2 + 1) = 6 bytes
        long send = FEES.fee(ActionCost.NEW_ACTION_RECEIPT).send(true)
                + FEES.fee(ActionCost.ADD_FUNCTION_CALL_KEY_BASE).send(true)
                + 6 * FEES.fee(ActionCost.ADD_FUNCTION_CALL_KEY_BYTE).send(true);
        assertEquals(send, r.transactionOutcome().gasBurnt());
        // the key's record: public key 33 + nonce 8 + tag 1 + no allowance 1 + receiver (4 + 15)
        // + names (4 + (4 + 2) + (4 + 2)) + 40 bytes of entry overhead
        assertEquals(storageBefore + 33 + 8 + 1 + 1 + 4 + 15 + 4 + 6 + 6 + 40, alice.storageUsage());
    }
}

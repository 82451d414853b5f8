package io.jnear.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnear.sdk.AccessKey;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.Action;
import io.jnear.sdk.Gas;
import io.jnear.sdk.NearToken;
import io.jnear.server.tx.Ed25519;
import io.jnear.server.tx.MalformedTransactionException;
import io.jnear.server.tx.SignedAction;
import io.jnear.server.tx.SignedTransaction;
import io.jnear.server.tx.TransactionDecoder;
import io.jnear.server.tx.TransactionEncoder;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Borsh {@code SignedTransaction}s decode to what was encoded, and malformed bytes are refused. */
class TransactionDecoderTest {
    private static final byte[] SEED = new byte[32];
    private static final AccountId ALICE = AccountId.of("alice.test.near");

    @Test
    void everyActionTheSandboxRunsRoundTrips() {
        Ed25519.Signer signer = Ed25519.Signer.of(SEED);
        List<SignedAction> actions = List.of(
                new SignedAction.Plain(new Action.CreateAccount()),
                new SignedAction.DeployWasm(new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0}),
                new SignedAction.Plain(new Action.FunctionCall("set", "{\"x\":1}".getBytes(StandardCharsets.UTF_8),
                        Gas.tgas(30), NearToken.ofYocto(BigInteger.TWO.pow(127)), 0)),
                new SignedAction.Plain(new Action.Transfer(NearToken.near(5))),
                new SignedAction.Plain(new Action.Stake(NearToken.near(1), signer.publicKey())),
                new SignedAction.Plain(new Action.AddKey(signer.publicKey(), new AccessKey(0,
                        new AccessKey.FunctionCallPermission(NearToken.near(1), ALICE, List.of("a", "b"))))),
                new SignedAction.Plain(new Action.AddKey(signer.publicKey(), new AccessKey(0,
                        new AccessKey.FunctionCallPermission(null, ALICE, List.of())))),
                new SignedAction.Plain(new Action.DeleteKey(signer.publicKey())),
                new SignedAction.Plain(new Action.DeleteAccount(AccountId.of("test.near"))));
        byte[] blockHash = new byte[32];
        Arrays.fill(blockHash, (byte) 3);
        byte[] bytes = TransactionEncoder.sign(signer, ALICE, 42, ALICE, blockHash, actions);
        SignedTransaction tx = TransactionDecoder.decode(bytes);
        assertEquals(ALICE, tx.signerId());
        assertEquals(signer.publicKey(), tx.publicKey());
        assertEquals(42, tx.nonce());
        assertArrayEquals(blockHash, tx.blockHash());
        assertEquals(actions.size(), tx.actions().size());
        for (int i = 0; i < actions.size(); i++) {
            if (actions.get(i) instanceof SignedAction.DeployWasm d) {
                assertArrayEquals(d.code(), ((SignedAction.DeployWasm) tx.actions().get(i)).code());
            } else {
                assertEquals(actions.get(i), tx.actions().get(i));
            }
        }
        assertTrue(Ed25519.verify(tx.publicKey(), tx.hash().bytes(), tx.signature()));
    }

    @Test
    void truncatedTrailingAndForeignKeyTypesAreRefused() {
        Ed25519.Signer signer = Ed25519.Signer.of(SEED);
        byte[] bytes = TransactionEncoder.sign(signer, ALICE, 1, ALICE, new byte[32],
                List.of(new SignedAction.Plain(new Action.Transfer(NearToken.ONE_YOCTO))));
        assertThrows(MalformedTransactionException.class,
                () -> TransactionDecoder.decode(Arrays.copyOf(bytes, bytes.length - 1)));
        assertThrows(MalformedTransactionException.class,
                () -> TransactionDecoder.decode(Arrays.copyOf(bytes, bytes.length + 1)));
        byte[] secp = bytes.clone();
        secp[4 + ALICE.toString().length()] = 1; // the public key's type byte
        MalformedTransactionException e = assertThrows(MalformedTransactionException.class,
                () -> TransactionDecoder.decode(secp));
        assertEquals("key type 1 is not supported: ed25519 keys only", e.getMessage());
        byte[] call = TransactionEncoder.sign(signer, ALICE, 1, ALICE, new byte[32], List.of(new SignedAction.Plain(
                new Action.FunctionCall("f", new byte[0], Gas.of(1), NearToken.ZERO, 0))));
        int gasTop = call.length - 65 - 16 - 1; // the gas's most significant byte, before the deposit and signature
        call[gasTop] = (byte) 0x80;
        MalformedTransactionException gas = assertThrows(MalformedTransactionException.class,
                () -> TransactionDecoder.decode(call));
        assertEquals("attached gas 9223372036854775809 exceeds 2^63 - 1", gas.getMessage());
        byte[] hugeLength = bytes.clone();
        hugeLength[3] = 0x7f; // signer id length near 2^31
        assertThrows(MalformedTransactionException.class, () -> TransactionDecoder.decode(hugeLength));
    }
}

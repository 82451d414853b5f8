package io.jnear.server.tx;

import io.jnear.sdk.AccessKey;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.Action;
import io.jnear.sdk.PublicKey;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * Writes a {@code SignedTransaction} in nearcore's Borsh layout, the inverse of
 * {@link TransactionDecoder}: for Java clients of the sandbox (benchmarks, tests) that sign without
 * near-api-js.
 */
public final class TransactionEncoder {
    private TransactionEncoder() {
    }

    /** Encodes the transaction, signs its hash with {@code signer} and returns the signed bytes. */
    public static byte[] sign(Ed25519.Signer signer, AccountId signerId, long nonce, AccountId receiverId,
            byte[] blockHash, List<SignedAction> actions) {
        byte[] unsigned = unsigned(signerId, signer.publicKey(), nonce, receiverId, blockHash, actions);
        ByteArrayOutputStream out = new ByteArrayOutputStream(unsigned.length + 65);
        out.writeBytes(unsigned);
        out.write(0);
        out.writeBytes(signer.sign(sha256(unsigned)));
        return out.toByteArray();
    }

    /** The Borsh bytes of the transaction itself: what its hash is taken of. */
    public static byte[] unsigned(AccountId signerId, PublicKey publicKey, long nonce, AccountId receiverId,
            byte[] blockHash, List<SignedAction> actions) {
        if (blockHash.length != 32) {
            throw new IllegalArgumentException("a block hash has 32 bytes, not " + blockHash.length);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        string(out, signerId.toString());
        publicKey(out, publicKey);
        u64(out, nonce);
        string(out, receiverId.toString());
        out.writeBytes(blockHash);
        u32(out, actions.size());
        for (SignedAction a : actions) {
            action(out, a);
        }
        return out.toByteArray();
    }

    private static void action(ByteArrayOutputStream out, SignedAction signed) {
        if (signed instanceof SignedAction.DeployWasm d) {
            out.write(1);
            bytes(out, d.code());
            return;
        }
        Action action = ((SignedAction.Plain) signed).action();
        if (action instanceof Action.CreateAccount) {
            out.write(0);
        } else if (action instanceof Action.FunctionCall f) {
            out.write(2);
            string(out, f.methodName());
            bytes(out, f.args());
            u64(out, f.gas().asGas());
            u128(out, f.deposit().asYocto());
        } else if (action instanceof Action.Transfer t) {
            out.write(3);
            u128(out, t.deposit().asYocto());
        } else if (action instanceof Action.Stake s) {
            out.write(4);
            u128(out, s.stake().asYocto());
            publicKey(out, s.publicKey());
        } else if (action instanceof Action.AddKey k) {
            out.write(5);
            publicKey(out, k.publicKey());
            accessKey(out, k.accessKey());
        } else if (action instanceof Action.DeleteKey k) {
            out.write(6);
            publicKey(out, k.publicKey());
        } else if (action instanceof Action.DeleteAccount d) {
            out.write(7);
            string(out, d.beneficiaryId().toString());
        } else {
            throw new IllegalArgumentException("A DeployContract travels as Wasm bytes (SignedAction.DeployWasm)");
        }
    }

    private static void accessKey(ByteArrayOutputStream out, AccessKey key) {
        u64(out, key.nonce());
        if (key.permission() instanceof AccessKey.FunctionCallPermission p) {
            out.write(0);
            if (p.allowance() == null) {
                out.write(0);
            } else {
                out.write(1);
                u128(out, p.allowance().asYocto());
            }
            string(out, p.receiverId().toString());
            u32(out, p.methodNames().size());
            p.methodNames().forEach(m -> string(out, m));
        } else {
            out.write(1);
        }
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void publicKey(ByteArrayOutputStream out, PublicKey key) {
        out.write(0);
        out.writeBytes(key.bytes());
    }

    private static void string(ByteArrayOutputStream out, String s) {
        bytes(out, s.getBytes(StandardCharsets.UTF_8));
    }

    private static void bytes(ByteArrayOutputStream out, byte[] b) {
        u32(out, b.length);
        out.writeBytes(b);
    }

    private static void u32(ByteArrayOutputStream out, int v) {
        for (int i = 0; i < 4; i++) {
            out.write((v >>> (8 * i)) & 0xff);
        }
    }

    private static void u64(ByteArrayOutputStream out, long v) {
        for (int i = 0; i < 8; i++) {
            out.write((int) (v >>> (8 * i)) & 0xff);
        }
    }

    private static void u128(ByteArrayOutputStream out, BigInteger v) {
        byte[] big = v.toByteArray();
        for (int i = 0; i < 16; i++) {
            out.write(i < big.length ? big[big.length - 1 - i] : 0);
        }
    }
}

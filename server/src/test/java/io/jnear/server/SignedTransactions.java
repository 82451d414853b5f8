package io.jnear.server;

import io.jnear.sdk.AccountId;
import io.jnear.server.tx.Ed25519;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** Builds Borsh {@code SignedTransaction}s as near-api-js does, for tests that speak RPC without it. */
final class SignedTransactions {
    private final ByteArrayOutputStream actions = new ByteArrayOutputStream();
    private int actionCount;

    SignedTransactions transfer(BigInteger yocto) {
        actions.write(3);
        u128(actions, yocto);
        actionCount++;
        return this;
    }

    SignedTransactions functionCall(String method, String args, long gas, BigInteger deposit) {
        actions.write(2);
        string(actions, method);
        bytes(actions, args.getBytes(StandardCharsets.UTF_8));
        u64(actions, gas);
        u128(actions, deposit);
        actionCount++;
        return this;
    }

    SignedTransactions createAccount() {
        actions.write(0);
        actionCount++;
        return this;
    }

    SignedTransactions addFullAccessKey(byte[] publicKey) {
        actions.write(5);
        actions.write(0);
        actions.writeBytes(publicKey);
        u64(actions, 0);
        actions.write(1);
        actionCount++;
        return this;
    }

    SignedTransactions deploy(byte[] wasm) {
        actions.write(1);
        bytes(actions, wasm);
        actionCount++;
        return this;
    }

    /** The base64 of the signed transaction, signed by {@code seed}'s key (or {@code signWith}'s, to forge). */
    String sign(AccountId signer, byte[] seed, long nonce, AccountId receiver, byte[] blockHash, byte[] signWith) {
        byte[] tx = unsigned(signer, Ed25519.fromSeed(seed).publicKey().bytes(), nonce, receiver, blockHash);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(tx);
        out.write(0);
        out.writeBytes(Ed25519.sign(signWith, sha256(tx)));
        return Base64.getEncoder().encodeToString(out.toByteArray());
    }

    String sign(AccountId signer, byte[] seed, long nonce, AccountId receiver, byte[] blockHash) {
        return sign(signer, seed, nonce, receiver, blockHash, seed);
    }

    private byte[] unsigned(AccountId signer, byte[] publicKey, long nonce, AccountId receiver, byte[] blockHash) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        string(out, signer.toString());
        out.write(0);
        out.writeBytes(publicKey);
        u64(out, nonce);
        string(out, receiver.toString());
        out.writeBytes(blockHash);
        u32(out, actionCount);
        out.writeBytes(actions.toByteArray());
        return out.toByteArray();
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
        byte[] little = new byte[16];
        for (int i = 0; i < 16 && i < big.length; i++) {
            little[i] = big[big.length - 1 - i];
        }
        out.writeBytes(little);
    }
}

package io.jnear.server;

import io.jnear.sdk.AccessKey;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.Action;
import io.jnear.sdk.Gas;
import io.jnear.sdk.NearToken;
import io.jnear.server.tx.Ed25519;
import io.jnear.server.tx.SignedAction;
import io.jnear.server.tx.TransactionEncoder;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** A fluent way for tests to build signed transactions (base64, as RPC takes them). */
final class SignedTransactions {
    private final List<SignedAction> actions = new ArrayList<>();

    SignedTransactions transfer(BigInteger yocto) {
        return add(new Action.Transfer(NearToken.ofYocto(yocto)));
    }

    SignedTransactions functionCall(String method, String args, long gas, BigInteger deposit) {
        return add(new Action.FunctionCall(method, args.getBytes(StandardCharsets.UTF_8), Gas.of(gas),
                NearToken.ofYocto(deposit), 0));
    }

    SignedTransactions createAccount() {
        return add(new Action.CreateAccount());
    }

    SignedTransactions addFullAccessKey(byte[] publicKey) {
        return add(new Action.AddKey(io.jnear.sdk.PublicKey.ed25519(publicKey), AccessKey.fullAccess()));
    }

    SignedTransactions deploy(byte[] wasm) {
        actions.add(new SignedAction.DeployWasm(wasm));
        return this;
    }

    private SignedTransactions add(Action action) {
        actions.add(new SignedAction.Plain(action));
        return this;
    }

    String sign(AccountId signer, byte[] seed, long nonce, AccountId receiver, byte[] blockHash) {
        return Base64.getEncoder().encodeToString(
                TransactionEncoder.sign(Ed25519.Signer.of(seed), signer, nonce, receiver, blockHash, actions));
    }

    /** Claims {@code seed}'s key but signs with {@code signWith}'s: a forgery. */
    String sign(AccountId signer, byte[] seed, long nonce, AccountId receiver, byte[] blockHash, byte[] signWith) {
        byte[] unsigned = TransactionEncoder.unsigned(signer, Ed25519.fromSeed(seed).publicKey(), nonce, receiver,
                blockHash, actions);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(unsigned);
        out.write(0);
        out.writeBytes(Ed25519.sign(signWith, sha256(unsigned)));
        return Base64.getEncoder().encodeToString(out.toByteArray());
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package io.jnear.server.tx;

import io.jnear.runtime.state.CryptoHash;
import io.jnear.sdk.AccessKey;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.Action;
import io.jnear.sdk.Gas;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.PublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Decodes nearcore's Borsh {@code SignedTransaction}: signer, public key, nonce, receiver, block hash,
 * actions, then the signature. Only ed25519 keys and the actions the sandbox runs are accepted; anything
 * else is reported rather than guessed at.
 */
public final class TransactionDecoder {
    private static final int ED25519 = 0;

    private TransactionDecoder() {
    }

    public static SignedTransaction decode(byte[] bytes) {
        BorshReader in = new BorshReader(bytes);
        AccountId signer = accountId(in);
        PublicKey publicKey = publicKey(in);
        long nonce = in.u64();
        AccountId receiver = accountId(in);
        byte[] blockHash = in.fixed(32);
        int count = in.length();
        List<SignedAction> actions = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            actions.add(action(in));
        }
        int transactionEnd = in.position();
        int signatureType = in.u8();
        if (signatureType != ED25519) {
            throw new MalformedTransactionException("signature type " + signatureType + " is not supported: "
                    + "the sandbox verifies ed25519 signatures only");
        }
        byte[] signature = in.fixed(64);
        if (!in.atEnd()) {
            throw new MalformedTransactionException("trailing bytes after the signature");
        }
        CryptoHash hash = CryptoHash.of(Arrays.copyOf(bytes, transactionEnd));
        return new SignedTransaction(signer, publicKey, nonce, receiver, blockHash, actions, signature, hash);
    }

    private static SignedAction action(BorshReader in) {
        int tag = in.u8();
        return switch (tag) {
            case 0 -> new SignedAction.Plain(new Action.CreateAccount());
            case 1 -> new SignedAction.DeployWasm(in.bytes());
            case 2 -> {
                String method = in.string();
                byte[] args = in.bytes();
                long gas = in.u64();
                if (gas < 0) {
                    // a u64 above 2^63 - 1: far beyond any gas limit, and beyond what Gas holds
                    throw new MalformedTransactionException("attached gas " + Long.toUnsignedString(gas)
                            + " exceeds 2^63 - 1");
                }
                NearToken deposit = NearToken.ofYocto(in.u128());
                yield new SignedAction.Plain(new Action.FunctionCall(method, args, Gas.of(gas), deposit, 0));
            }
            case 3 -> new SignedAction.Plain(new Action.Transfer(NearToken.ofYocto(in.u128())));
            case 4 -> {
                NearToken stake = NearToken.ofYocto(in.u128());
                yield new SignedAction.Plain(new Action.Stake(stake, publicKey(in)));
            }
            case 5 -> {
                PublicKey key = publicKey(in);
                yield new SignedAction.Plain(new Action.AddKey(key, accessKey(in)));
            }
            case 6 -> new SignedAction.Plain(new Action.DeleteKey(publicKey(in)));
            case 7 -> new SignedAction.Plain(new Action.DeleteAccount(accountId(in)));
            default -> throw new MalformedTransactionException("action type " + tag
                    + " (delegate or global contract actions) is not supported by the sandbox");
        };
    }

    private static AccessKey accessKey(BorshReader in) {
        long nonce = in.u64();
        int permission = in.u8();
        return switch (permission) {
            case 0 -> {
                NearToken allowance = in.u8() == 0 ? null : NearToken.ofYocto(in.u128());
                AccountId receiver = accountId(in);
                int count = in.length();
                List<String> methods = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    methods.add(in.string());
                }
                yield new AccessKey(nonce, new AccessKey.FunctionCallPermission(allowance, receiver, methods));
            }
            case 1 -> new AccessKey(nonce, new AccessKey.FullAccess());
            default -> throw new MalformedTransactionException("access key permission " + permission + " is unknown");
        };
    }

    private static PublicKey publicKey(BorshReader in) {
        int type = in.u8();
        if (type != ED25519) {
            throw new MalformedTransactionException("key type " + type + " is not supported: ed25519 keys only");
        }
        return PublicKey.ed25519(in.fixed(32));
    }

    private static AccountId accountId(BorshReader in) {
        String id = in.string();
        try {
            return AccountId.of(id);
        } catch (IllegalArgumentException e) {
            throw new MalformedTransactionException("invalid account id '" + id + "': " + e.getMessage());
        }
    }
}

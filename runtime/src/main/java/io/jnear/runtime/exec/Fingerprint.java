package io.jnear.runtime.exec;

import io.jnear.runtime.state.AccountState;
import io.jnear.runtime.state.CryptoHash;
import io.jnear.runtime.state.StorageKey;
import io.jnear.sdk.AccessKey;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.Action;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.PublicKey;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Builds {@link Chain#fingerprint()}: a SHA-256 over length-prefixed fields, so two different sequences
 * of fields never hash the same bytes. Each part is written in a fixed order, never a hash map's.
 */
final class Fingerprint {
    // Looking a digest up by name costs more than a small fingerprint; each thread keeps one, reset by digest().
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    });

    // Fields are gathered here and hashed in one call: a digest update per field would cost more than the hashing.
    private byte[] buffer = new byte[4096];
    private int size;

    private void ensure(int more) {
        if (size + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
        }
    }

    Fingerprint number(long n) {
        ensure(8);
        for (int shift = 56; shift >= 0; shift -= 8) {
            buffer[size++] = (byte) (n >>> shift);
        }
        return this;
    }

    Fingerprint bytes(byte[] b) {
        if (b == null) {
            return number(-1);
        }
        number(b.length);
        ensure(b.length);
        System.arraycopy(b, 0, buffer, size, b.length);
        size += b.length;
        return this;
    }

    /** Text as UTF-8: only for names and labels, never for keys or amounts, whose text is costly to make. */
    Fingerprint text(String text) {
        return bytes(text == null ? null : text.getBytes(StandardCharsets.UTF_8));
    }

    Fingerprint id(AccountId id) {
        return text(id == null ? null : id.toString());
    }

    Fingerprint big(BigInteger n) {
        return bytes(n.toByteArray());
    }

    Fingerprint near(NearToken amount) {
        return amount == null ? number(-1) : big(amount.asYocto());
    }

    /** An id by its derivation, down to the hash of data it comes from: derived ids are never hashed for this. */
    Fingerprint hash(CryptoHash h) {
        if (h == null) {
            return number(-1);
        }
        for (; h.derivedFrom() != null; h = h.derivedFrom()) {
            number(1).text(h.derivationKind()).number(h.derivationIndex());
        }
        return number(0).bytes(h.bytes());
    }

    Fingerprint key(PublicKey key) {
        return bytes(key == null ? null : key.bytes());
    }

    Fingerprint accessKey(AccessKey key) {
        number(key.nonce());
        if (key.permission() instanceof AccessKey.FunctionCallPermission p) {
            near(p.allowance()).id(p.receiverId()).number(p.methodNames().size());
            p.methodNames().forEach(this::text);
            return this;
        }
        return text("full access");
    }

    /** An account: balance, storage usage, code, keys and contract data, each in a fixed order. */
    Fingerprint account(AccountState a) {
        id(a.id()).big(a.amount()).big(a.locked()).number(a.storageUsage())
                .bytes(a.code() == null ? null : a.code().hash());
        number(a.keys().size());
        if (a.keys().size() == 1) {
            Map.Entry<PublicKey, AccessKey> k = a.keys().entrySet().iterator().next();
            key(k.getKey()).accessKey(k.getValue());
        } else {
            List<Map.Entry<PublicKey, AccessKey>> keys = new ArrayList<>(a.keys().entrySet());
            keys.sort((x, y) -> Arrays.compare(x.getKey().bytes(), y.getKey().bytes()));
            for (Map.Entry<PublicKey, AccessKey> k : keys) {
                key(k.getKey()).accessKey(k.getValue());
            }
        }
        number(a.dataSize());
        for (Map.Entry<StorageKey, byte[]> e : a.dataSorted().entrySet()) {
            bytes(e.getKey().bytes()).bytes(e.getValue());
        }
        return this;
    }

    /** A receipt's identity and everything that decides what it does when it runs. */
    Fingerprint receipt(Receipt r) {
        hash(r.id).id(r.predecessorId).id(r.receiverId);
        if (r instanceof Receipt.ActionReceipt a) {
            id(a.signerId).key(a.signerPublicKey).number(a.gasPrice).number(a.actions.size());
            for (Action action : a.actions) {
                action(action);
            }
            number(a.inputDataIds.size());
            a.inputDataIds.forEach(this::hash);
            number(a.outputDataReceivers.size());
            for (Receipt.DataReceiver d : a.outputDataReceivers) {
                hash(d.dataId()).id(d.receiverId());
            }
        } else if (r instanceof Receipt.DataReceipt d) {
            hash(d.dataId).bytes(d.data).hash(d.producerId);
        }
        return this;
    }

    Fingerprint action(Action action) {
        if (action instanceof Action.FunctionCall f) {
            return text("call").text(f.methodName()).bytes(f.args()).number(f.gas().asGas()).near(f.deposit())
                    .number(f.gasWeight());
        }
        if (action instanceof Action.Transfer t) {
            return text("transfer").near(t.deposit());
        }
        if (action instanceof Action.DeployContract d) {
            return text("deploy").bytes(d.code().hash());
        }
        // the rare others are records of values whose text says all of them
        return text(action.toString());
    }

    byte[] done() {
        MessageDigest digest = SHA256.get();
        digest.update(buffer, 0, size);
        return digest.digest();
    }
}

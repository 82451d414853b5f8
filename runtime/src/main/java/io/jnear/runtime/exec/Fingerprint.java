package io.jnear.runtime.exec;

import io.jnear.runtime.state.AccountState;
import io.jnear.runtime.state.CryptoHash;
import io.jnear.runtime.state.StorageKey;
import io.jnear.sdk.AccessKey;
import io.jnear.sdk.Action;
import io.jnear.sdk.PublicKey;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Builds {@link Chain#fingerprint()}: a SHA-256 over length-prefixed fields, so two different sequences
 * of fields never hash the same bytes. Each part is written in a fixed order, never a hash map's.
 */
final class Fingerprint {
    private final MessageDigest digest;

    Fingerprint() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    Fingerprint number(long n) {
        for (int shift = 56; shift >= 0; shift -= 8) {
            digest.update((byte) (n >>> shift));
        }
        return this;
    }

    Fingerprint bytes(byte[] b) {
        if (b == null) {
            return number(-1);
        }
        number(b.length);
        digest.update(b);
        return this;
    }

    Fingerprint text(Object o) {
        return bytes(o == null ? null : o.toString().getBytes(StandardCharsets.UTF_8));
    }

    Fingerprint big(BigInteger n) {
        return bytes(n.toByteArray());
    }

    Fingerprint hash(CryptoHash h) {
        return bytes(h == null ? null : h.bytes());
    }

    /** An account: balance, storage usage, code, keys and contract data, each in a fixed order. */
    Fingerprint account(AccountState a) {
        text(a.id()).big(a.amount()).big(a.locked()).number(a.storageUsage())
                .bytes(a.code() == null ? null : a.code().hash());
        List<Map.Entry<PublicKey, AccessKey>> keys = new ArrayList<>(a.keys().entrySet());
        keys.sort(Comparator.comparing(k -> k.getKey().toString()));
        number(keys.size());
        for (Map.Entry<PublicKey, AccessKey> k : keys) {
            text(k.getKey()).text(k.getValue());
        }
        number(a.dataSize());
        for (Map.Entry<StorageKey, byte[]> e : a.dataSorted().entrySet()) {
            bytes(e.getKey().bytes()).bytes(e.getValue());
        }
        return this;
    }

    /** A receipt's identity and everything that decides what it does when it runs. */
    Fingerprint receipt(Receipt r) {
        hash(r.id).text(r.predecessorId).text(r.receiverId);
        if (r instanceof Receipt.ActionReceipt a) {
            text(a.signerId).text(a.signerPublicKey).number(a.gasPrice).number(a.actions.size());
            for (Action action : a.actions) {
                action(action);
            }
            number(a.inputDataIds.size());
            a.inputDataIds.forEach(this::hash);
            number(a.outputDataReceivers.size());
            for (Receipt.DataReceiver d : a.outputDataReceivers) {
                hash(d.dataId()).text(d.receiverId());
            }
        } else if (r instanceof Receipt.DataReceipt d) {
            hash(d.dataId).bytes(d.data).hash(d.producerId);
        }
        return this;
    }

    Fingerprint action(Action action) {
        if (action instanceof Action.FunctionCall f) {
            return text("call").text(f.methodName()).bytes(f.args()).text(f.gas()).text(f.deposit()).number(f.gasWeight());
        }
        if (action instanceof Action.DeployContract d) {
            return text("deploy").bytes(d.code().hash());
        }
        // every other action is a record of values whose text says all of it
        return text(action);
    }

    byte[] done() {
        return digest.digest();
    }
}

package io.jnear.runtime.exec;

import io.jnear.runtime.fees.ActionFees;
import io.jnear.sdk.AccessKey;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.Action;
import java.util.List;

/**
 * The size in bytes of transactions and receipts as nearcore serializes them (Borsh), for the
 * transaction and receipt size limits. The sandbox never serializes them; it only counts.
 */
final class BorshSize {
    private static final int PUBLIC_KEY = 33;
    private static final int SIGNATURE = 65;
    private static final int HASH = 32;
    private static final int U128 = 16;
    private static final int U64 = 8;
    private static final int LENGTH_PREFIX = 4;

    private BorshSize() {
    }

    /** A signed transaction: signer, key, nonce, receiver, block hash, actions, signature. */
    static long signedTransaction(AccountId signer, AccountId receiver, List<Action> actions) {
        return id(signer) + PUBLIC_KEY + U64 + id(receiver) + HASH + actions(actions) + SIGNATURE;
    }

    /** An action receipt with {@code inputs} input data ids and {@code outputs} data receivers. */
    static long actionReceipt(AccountId predecessor, AccountId receiver, AccountId signer, List<Action> actions,
            int inputs, List<Receipt.DataReceiver> outputs) {
        long size = id(predecessor) + id(receiver) + HASH + 1 + id(signer) + PUBLIC_KEY + U128;
        size += LENGTH_PREFIX;
        for (Receipt.DataReceiver r : outputs) {
            size += HASH + id(r.receiverId());
        }
        size += LENGTH_PREFIX + (long) HASH * inputs;
        return size + actions(actions);
    }

    private static long actions(List<Action> actions) {
        long size = LENGTH_PREFIX;
        for (Action a : actions) {
            size += 1 + action(a);
        }
        return size;
    }

    private static long action(Action a) {
        if (a instanceof Action.DeployContract d) {
            return LENGTH_PREFIX + d.code().size();
        }
        if (a instanceof Action.FunctionCall f) {
            return bytes(f.methodName()) + LENGTH_PREFIX + f.args().length + U64 + U128;
        }
        if (a instanceof Action.Transfer) {
            return U128;
        }
        if (a instanceof Action.Stake) {
            return U128 + PUBLIC_KEY;
        }
        if (a instanceof Action.AddKey k) {
            long size = PUBLIC_KEY + U64 + 1;
            if (k.accessKey().permission() instanceof AccessKey.FunctionCallPermission p) {
                size += 1 + (p.allowance() == null ? 0 : U128) + id(p.receiverId()) + LENGTH_PREFIX;
                for (String m : p.methodNames()) {
                    size += bytes(m);
                }
            }
            return size;
        }
        if (a instanceof Action.DeleteKey) {
            return PUBLIC_KEY;
        }
        if (a instanceof Action.DeleteAccount d) {
            return id(d.beneficiaryId());
        }
        return 0;
    }

    private static long id(AccountId id) {
        return LENGTH_PREFIX + id.toString().length();
    }

    private static long bytes(String s) {
        return LENGTH_PREFIX + ActionFees.utf8Length(s);
    }
}

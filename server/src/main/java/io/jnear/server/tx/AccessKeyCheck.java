package io.jnear.server.tx;

import com.fasterxml.jackson.databind.JsonNode;
import io.jnear.runtime.ProtocolConfig;
import io.jnear.sdk.AccessKey;
import io.jnear.sdk.Action;
import io.jnear.sdk.NearToken;
import java.math.BigInteger;

/**
 * What nearcore checks of the key a transaction is signed with, in nearcore's order: the nonce (above
 * the key's, below the height-bound), the allowance of a function-call key against the transaction's
 * cost, then its permission (a single function call, no deposit, the key's receiver, one of its methods).
 */
public final class AccessKeyCheck {
    private AccessKeyCheck() {
    }

    /**
     * The error for {@code tx} signed with {@code key}, or null if the key may sign it.
     *
     * @param height the height of the block the transaction would be included in
     * @param cost what the transaction costs its signer (gas and deposits)
     */
    public static JsonNode check(SignedTransaction tx, AccessKey key, long height, BigInteger cost) {
        if (tx.nonce() <= key.nonce()) {
            return InvalidTx.invalidNonce(tx.nonce(), key.nonce());
        }
        long upperBound = height * ProtocolConfig.ACCESS_KEY_NONCE_RANGE_MULTIPLIER;
        if (Long.compareUnsigned(tx.nonce(), upperBound) >= 0) {
            return InvalidTx.nonceTooLarge(tx.nonce(), upperBound);
        }
        if (!(key.permission() instanceof AccessKey.FunctionCallPermission permission)) {
            return null;
        }
        NearToken allowance = permission.allowance();
        if (allowance != null && allowance.asYocto().compareTo(cost) < 0) {
            return InvalidTx.notEnoughAllowance(tx.signerId(), tx.publicKey(), allowance.asYocto(), cost);
        }
        if (tx.actions().size() != 1 || !(tx.actions().get(0) instanceof SignedAction.Plain plain)
                || !(plain.action() instanceof Action.FunctionCall call)) {
            return InvalidTx.requiresFullAccess();
        }
        if (!call.deposit().isZero()) {
            return InvalidTx.depositWithFunctionCall();
        }
        if (!tx.receiverId().equals(permission.receiverId())) {
            return InvalidTx.receiverMismatch(tx.receiverId(), permission.receiverId());
        }
        if (!permission.methodNames().isEmpty() && !permission.methodNames().contains(call.methodName())) {
            return InvalidTx.methodNameMismatch(call.methodName());
        }
        return null;
    }
}

package io.jnear.server.tx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.PublicKey;
import java.math.BigInteger;

/**
 * nearcore's {@code InvalidTxError} variants for the checks the server makes itself (signature, block
 * hash, nonce, access-key permission), as the JSON nearcore writes: a unit variant is its name, a
 * struct variant an object keyed by its name.
 */
public final class InvalidTx {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private InvalidTx() {
    }

    public static JsonNode invalidSignature() {
        return JSON.textNode("InvalidSignature");
    }

    public static JsonNode expired() {
        return JSON.textNode("Expired");
    }

    public static JsonNode transactionSizeExceeded(long size, long limit) {
        ObjectNode root = JSON.objectNode();
        root.putObject("TransactionSizeExceeded").put("size", size).put("limit", limit);
        return root;
    }

    public static JsonNode signerDoesNotExist(AccountId signer) {
        ObjectNode root = JSON.objectNode();
        root.putObject("SignerDoesNotExist").put("signer_id", signer.toString());
        return root;
    }

    public static JsonNode invalidNonce(long txNonce, long akNonce) {
        ObjectNode root = JSON.objectNode();
        root.putObject("InvalidNonce").put("tx_nonce", txNonce).put("ak_nonce", akNonce);
        return root;
    }

    public static JsonNode nonceTooLarge(long txNonce, long upperBound) {
        ObjectNode root = JSON.objectNode();
        root.putObject("NonceTooLarge").put("tx_nonce", txNonce).put("upper_bound", upperBound);
        return root;
    }

    public static JsonNode accessKeyNotFound(AccountId account, PublicKey key) {
        ObjectNode fields = JSON.objectNode().put("account_id", account.toString()).put("public_key", key.toString());
        return accessKeyError(JSON.objectNode().set("AccessKeyNotFound", fields));
    }

    public static JsonNode receiverMismatch(AccountId txReceiver, AccountId akReceiver) {
        ObjectNode fields = JSON.objectNode().put("tx_receiver", txReceiver.toString())
                .put("ak_receiver", akReceiver.toString());
        return accessKeyError(JSON.objectNode().set("ReceiverMismatch", fields));
    }

    public static JsonNode methodNameMismatch(String method) {
        return accessKeyError(JSON.objectNode().set("MethodNameMismatch",
                JSON.objectNode().put("method_name", method)));
    }

    public static JsonNode requiresFullAccess() {
        return accessKeyError(JSON.textNode("RequiresFullAccess"));
    }

    public static JsonNode depositWithFunctionCall() {
        return accessKeyError(JSON.textNode("DepositWithFunctionCall"));
    }

    public static JsonNode notEnoughAllowance(AccountId account, PublicKey key, BigInteger allowance, BigInteger cost) {
        ObjectNode fields = JSON.objectNode().put("account_id", account.toString()).put("public_key", key.toString())
                .put("allowance", allowance.toString()).put("cost", cost.toString());
        return accessKeyError(JSON.objectNode().set("NotEnoughAllowance", fields));
    }

    private static JsonNode accessKeyError(JsonNode inner) {
        return JSON.objectNode().set("InvalidAccessKeyError", inner);
    }
}

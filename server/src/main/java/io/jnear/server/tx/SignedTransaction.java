package io.jnear.server.tx;

import io.jnear.runtime.state.CryptoHash;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.PublicKey;
import java.util.List;

/**
 * A decoded {@code SignedTransaction} (version 0, the layout near-api-js sends).
 *
 * @param hash sha256 of the Borsh-encoded transaction: its id, and what the signature signs
 * @param actions the actions, with any Wasm code still as bytes
 */
public record SignedTransaction(
        AccountId signerId,
        PublicKey publicKey,
        long nonce,
        AccountId receiverId,
        byte[] blockHash,
        List<SignedAction> actions,
        byte[] signature,
        CryptoHash hash) {

    public SignedTransaction {
        actions = List.copyOf(actions);
    }
}

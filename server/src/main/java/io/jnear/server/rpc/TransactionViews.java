package io.jnear.server.rpc;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jnear.sdk.Action;
import io.jnear.sdk.Base58;
import io.jnear.server.tx.SignedTransaction;
import java.util.List;

/** nearcore's {@code SignedTransactionView}, as outcomes and chunks list a transaction. */
final class TransactionViews {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private TransactionViews() {
    }

    /** The signed transaction with {@code actions} (the chain's form of them: Wasm code as code). */
    static ObjectNode signed(SignedTransaction tx, List<Action> actions) {
        ObjectNode view = JSON.objectNode();
        view.put("signer_id", tx.signerId().toString());
        view.put("public_key", tx.publicKey().toString());
        view.put("nonce", tx.nonce());
        view.put("receiver_id", tx.receiverId().toString());
        ReceiptViews.actions(view, actions);
        view.put("priority_fee", 0);
        view.put("signature", "ed25519:" + Base58.encode(tx.signature()));
        view.put("hash", tx.hash().toString());
        return view;
    }
}

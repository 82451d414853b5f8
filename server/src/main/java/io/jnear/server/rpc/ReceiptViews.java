package io.jnear.server.rpc;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jnear.runtime.RpcOutcomes;
import io.jnear.runtime.exec.Receipt;
import io.jnear.runtime.json.Json;
import io.jnear.runtime.outcome.ExecutionOutcome;
import io.jnear.runtime.state.CryptoHash;
import io.jnear.sdk.Action;
import io.jnear.sdk.PublicKey;
import io.jnear.server.tx.SignedTransaction;
import java.util.Base64;
import java.util.List;

/**
 * nearcore's {@code ReceiptView}: {@code predecessor_id}, {@code receiver_id}, {@code receipt_id}, and the
 * receipt itself as {@code {"Action":{…}}} or {@code {"Data":{…}}}, as chunks and {@code EXPERIMENTAL_receipt}
 * show them.
 */
final class ReceiptViews {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    // One copy of the runtime's mapper, so its serializers are built once, not per action.
    private static final ObjectMapper MAPPER = Json.mapper();
    /** The key a balance refund carries (signed by {@code system}): nearcore's empty ed25519 key. */
    private static final String EMPTY_KEY = "ed25519:11111111111111111111111111111111";

    private ReceiptViews() {
    }

    /** A receipt as it travelled between blocks, with everything it carried. */
    static ObjectNode of(Receipt receipt) {
        ObjectNode view = header(receipt.predecessorId().toString(), receipt.receiverId().toString(), receipt.id());
        if (receipt instanceof Receipt.ActionReceipt a) {
            ObjectNode action = view.putObject("receipt").putObject("Action");
            action.put("signer_id", a.signerId().toString());
            PublicKey key = a.signerPublicKey();
            action.put("signer_public_key", key == null ? EMPTY_KEY : key.toString());
            action.put("gas_price", Long.toString(a.gasPrice()));
            ArrayNode outputs = action.putArray("output_data_receivers");
            for (Receipt.DataReceiver r : a.outputDataReceivers()) {
                outputs.addObject().put("data_id", r.dataId().toString()).put("receiver_id", r.receiverId().toString());
            }
            ArrayNode inputs = action.putArray("input_data_ids");
            a.inputDataIds().forEach(id -> inputs.add(id.toString()));
            actions(action, a.actions());
            action.put("is_promise_yield", false);
        } else {
            Receipt.DataReceipt d = (Receipt.DataReceipt) receipt;
            ObjectNode data = view.putObject("receipt").putObject("Data");
            data.put("data_id", d.dataId().toString());
            byte[] bytes = d.data();
            if (bytes == null) {
                data.putNull("data");
            } else {
                data.put("data", Base64.getEncoder().encodeToString(bytes));
            }
            data.put("is_promise_resume", false);
        }
        view.put("priority", 0);
        return view;
    }

    /**
     * An action receipt rebuilt from its outcome, for a receipt that never travelled between blocks: a
     * transaction's receipt to its own signer, or a receipt that ran at once (a lone DeleteAccount since
     * protocol 83). Both descend from the transaction, so they carry its signer, key and gas price; their
     * data dependencies are not known here. Refunds always travel, so {@link #of} shows them as sent.
     */
    static ObjectNode fromOutcome(SignedTransaction tx, ExecutionOutcome o, long gasPrice) {
        if (o.isRefund()) {
            throw new IllegalStateException("refund " + o.id() + " did not travel between blocks");
        }
        String predecessor = o.predecessorId() == null ? tx.signerId().toString() : o.predecessorId().toString();
        ObjectNode view = header(predecessor, o.executorId().toString(), o.id());
        ObjectNode action = view.putObject("receipt").putObject("Action");
        action.put("signer_id", tx.signerId().toString());
        action.put("signer_public_key", tx.publicKey().toString());
        action.put("gas_price", Long.toString(gasPrice));
        action.putArray("output_data_receivers");
        action.putArray("input_data_ids");
        actions(action, o.actions());
        action.put("is_promise_yield", false);
        view.put("priority", 0);
        return view;
    }

    private static ObjectNode header(String predecessor, String receiver, CryptoHash id) {
        ObjectNode view = JSON.objectNode();
        view.put("predecessor_id", predecessor);
        view.put("receiver_id", receiver);
        view.put("receipt_id", id.toString());
        return view;
    }

    static void actions(ObjectNode into, List<Action> actions) {
        ArrayNode list = into.putArray("actions");
        actions.forEach(a -> list.add(MAPPER.valueToTree(RpcOutcomes.actionView(a))));
    }
}

package io.jnear.server.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jnear.runtime.RpcOutcomes;
import io.jnear.runtime.exec.Receipt;
import io.jnear.runtime.exec.TransactionTrace;
import io.jnear.runtime.outcome.ExecutionOutcome;
import io.jnear.server.node.Node;
import io.jnear.server.tx.InvalidTx;
import io.jnear.server.tx.MalformedTransactionException;
import io.jnear.server.tx.SignedTransaction;
import io.jnear.server.tx.TransactionDecoder;
import java.util.Map;
import java.util.Set;

/**
 * {@code send_tx} (with {@code wait_until}), {@code broadcast_tx_async}, {@code broadcast_tx_commit},
 * {@code tx}, {@code EXPERIMENTAL_tx_status} and {@code EXPERIMENTAL_receipt}. Outcomes are the
 * runtime's {@code FinalExecutionOutcome} JSON with the signed transaction's own fields filled in.
 */
final class TransactionMethods {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** nearcore's {@code max_transaction_size} (protocol 86): 1.5 MiB. */
    static final int MAX_TRANSACTION_SIZE = 1_572_864;
    private static final Set<String> INCLUDED_LEVELS = Set.of("INCLUDED", "INCLUDED_FINAL");
    private static final Set<String> EXECUTED_LEVELS = Set.of("EXECUTED_OPTIMISTIC", "EXECUTED", "FINAL");

    private final Node node;

    TransactionMethods(Node node) {
        this.node = node;
    }

    void register(Map<String, RpcMethod> methods) {
        methods.put("send_tx", p -> send(p, waitUntil(p, "EXECUTED_OPTIMISTIC")));
        methods.put("broadcast_tx_commit", p -> send(p, "EXECUTED_OPTIMISTIC"));
        methods.put("broadcast_tx_async", p -> JSON.textNode(node.submit(decode(p)).transaction().hash().toString()));
        methods.put("tx", p -> status(p, false));
        methods.put("EXPERIMENTAL_tx_status", p -> status(p, true));
        methods.put("EXPERIMENTAL_receipt", this::receipt);
    }

    private static String waitUntil(Params params, String otherwise) {
        String level = params.isArray() ? null : params.optionalText("wait_until", 1);
        if (level == null) {
            return otherwise;
        }
        if (!level.equals("NONE") && !INCLUDED_LEVELS.contains(level) && !EXECUTED_LEVELS.contains(level)) {
            throw RpcException.parse("Failed parsing args: unknown variant `" + level + "`, expected one of "
                    + "`NONE`, `INCLUDED`, `EXECUTED_OPTIMISTIC`, `INCLUDED_FINAL`, `EXECUTED`, `FINAL`");
        }
        return level;
    }

    private static SignedTransaction decode(Params params) {
        byte[] bytes = params.base64("signed_tx_base64", 0);
        if (bytes.length > MAX_TRANSACTION_SIZE) {
            throw RpcException.invalidTransaction(InvalidTx.transactionSizeExceeded(bytes.length, MAX_TRANSACTION_SIZE));
        }
        try {
            return TransactionDecoder.decode(bytes);
        } catch (MalformedTransactionException | IllegalArgumentException e) {
            throw RpcException.parse("Failed to decode transaction: " + e.getMessage());
        }
    }

    private Object send(Params params, String level) {
        Node.Submitted s = node.submit(decode(params));
        return answer(s, level, false);
    }

    private Object status(Params params, boolean withReceipts) {
        Node.Submitted s;
        if (params.get("signed_tx_base64", 0) != null && !params.isArray()) {
            s = node.submit(decode(params));
        } else {
            String hash = params.text("tx_hash", 0);
            s = node.transaction(hash);
            if (s == null) {
                ObjectNode info = JSON.objectNode().put("requested_transaction_hash", hash);
                throw RpcException.handler("UNKNOWN_TRANSACTION", info, "Transaction " + hash + " doesn't exist");
            }
        }
        return answer(s, waitUntil(params, "EXECUTED_OPTIMISTIC"), withReceipts);
    }

    private Object answer(Node.Submitted s, String level, boolean withReceipts) {
        if (level.equals("NONE")) {
            return JSON.objectNode().put("final_execution_status", "NONE");
        }
        if (INCLUDED_LEVELS.contains(level)) {
            return node.await(s, false, trace -> JSON.objectNode().put("final_execution_status", "INCLUDED_FINAL"));
        }
        return node.await(s, true, trace -> outcome(s, trace, withReceipts));
    }

    /** The outcome as the runtime's maps, written out as they are (no tree of a transfer's every answer). */
    private Map<String, Object> outcome(Node.Submitted s, TransactionTrace trace, boolean withReceipts) {
        SignedTransaction tx = s.transaction();
        Map<String, Object> outcome = RpcOutcomes.finalExecutionOutcome(trace,
                TransactionViews.signed(tx, trace.actions()));
        if (withReceipts) {
            ArrayNode receipts = JSON.arrayNode();
            for (ExecutionOutcome o : trace.receiptOutcomes()) {
                receipts.add(receiptView(tx, o));
            }
            outcome.put("receipts", receipts);
        }
        return outcome;
    }

    private JsonNode receipt(Params params) {
        String id = params.text("receipt_id", 0);
        Receipt arrived = node.arrivedReceipt(id);
        if (arrived != null) {
            return ReceiptViews.of(arrived);
        }
        Node.ReceiptRecord r = node.receipt(id);
        if (r == null) {
            ObjectNode info = JSON.objectNode().put("receipt_id", id);
            throw RpcException.handler("UNKNOWN_RECEIPT", info, "Receipt with id " + id + " has never been observed on this node");
        }
        return fromOutcome(r.transaction().transaction(), r.outcome());
    }

    /** The receipt as it travelled if it did (with its data dependencies), else as its outcome shows it. */
    private ObjectNode receiptView(SignedTransaction tx, ExecutionOutcome o) {
        Receipt arrived = node.arrivedReceipt(o.id().toString());
        return arrived != null ? ReceiptViews.of(arrived) : fromOutcome(tx, o);
    }

    private ObjectNode fromOutcome(SignedTransaction tx, ExecutionOutcome o) {
        return ReceiptViews.fromOutcome(tx, o, node.read(sb -> sb.config().gasPurchasePrice()));
    }
}

package io.jnear.runtime;

import com.fasterxml.jackson.databind.ObjectWriter;
import io.jnear.runtime.exec.TransactionTrace;
import io.jnear.runtime.outcome.ExecutionOutcome;
import io.jnear.runtime.outcome.ExecutionStatus;
import io.jnear.sdk.spi.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Serializes outcomes in the shape of NEAR RPC's {@code FinalExecutionOutcome}. */
final class RpcJson {
    private static final ObjectWriter PRETTY = Json.mapper().writerWithDefaultPrettyPrinter();

    private RpcJson() {
    }

    static String finalOutcome(TransactionTrace trace, ExecutionStatus status) {
        Map<String, Object> root = new LinkedHashMap<>();
        Object statusJson = status.json();
        root.put("status", statusJson);
        Map<String, Object> tx = new LinkedHashMap<>();
        tx.put("signer_id", trace.signerId());
        tx.put("receiver_id", trace.receiverId());
        tx.put("hash", trace.id());
        root.put("transaction", tx);
        root.put("transaction_outcome", wrap(trace.transactionOutcome()));
        List<Object> receipts = new ArrayList<>();
        for (ExecutionOutcome o : trace.receiptOutcomes()) {
            receipts.add(wrap(o));
        }
        root.put("receipts_outcome", receipts);
        try {
            return PRETTY.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> wrap(ExecutionOutcome o) {
        Map<String, Object> outcome = new LinkedHashMap<>();
        outcome.put("logs", o.logs());
        outcome.put("receipt_ids", o.receiptIds());
        outcome.put("gas_burnt", o.gasBurnt());
        outcome.put("tokens_burnt", o.tokensBurnt().toYoctoString());
        outcome.put("executor_id", o.executorId());
        outcome.put("status", o.status().json());
        Map<String, Object> w = new LinkedHashMap<>();
        w.put("id", o.id());
        w.put("block_height", o.blockHeight());
        w.put("outcome", outcome);
        return w;
    }
}

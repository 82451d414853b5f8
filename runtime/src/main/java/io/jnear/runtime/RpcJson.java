package io.jnear.runtime;

import com.fasterxml.jackson.databind.ObjectWriter;
import io.jnear.runtime.exec.Keys;
import io.jnear.runtime.exec.TransactionTrace;
import io.jnear.runtime.json.Json;
import io.jnear.runtime.outcome.CostGasUsed;
import io.jnear.runtime.outcome.ExecutionOutcome;
import io.jnear.runtime.outcome.ExecutionStatus;
import io.jnear.runtime.state.CryptoHash;
import io.jnear.sdk.AccessKey;
import io.jnear.sdk.Action;
import io.jnear.sdk.Base58;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Serializes a transaction's outcomes in the shape of NEAR RPC's {@code tx} answer: the
 * {@code FinalExecutionOutcomeView} fields ({@code status}, the full {@code transaction} view,
 * {@code transaction_outcome}, {@code receipts_outcome} depth first) and {@code final_execution_status}.
 * The sandbox signs its transactions over their hash with the signer's deterministic ed25519 key, and
 * {@code proof} is empty (one shard, no Merkle proofs).
 */
final class RpcJson {
    private static final ObjectWriter PRETTY = Json.mapper().writerWithDefaultPrettyPrinter();

    private RpcJson() {
    }

    static String finalOutcome(TransactionTrace trace, ExecutionStatus status, boolean complete) {
        try {
            return PRETTY.writeValueAsString(finalOutcomeTree(trace, status, complete, transaction(trace)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same outcome as maps and lists, with {@code transaction} as its transaction view. */
    static Map<String, Object> finalOutcomeTree(TransactionTrace trace, ExecutionStatus status, boolean complete,
            Object transaction) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("status", status.json());
        root.put("transaction", transaction);
        root.put("transaction_outcome", trace.transactionOutcome() == null ? null : wrap(trace.transactionOutcome()));
        List<Object> receipts = new ArrayList<>();
        for (ExecutionOutcome o : trace.receiptOutcomesDepthFirst()) {
            receipts.add(wrap(o));
        }
        root.put("receipts_outcome", receipts);
        // every sandbox block is final at once
        root.put("final_execution_status", trace.transactionOutcome() == null ? "NONE"
                : complete ? "FINAL" : "INCLUDED_FINAL");
        return root;
    }

    private static Map<String, Object> transaction(TransactionTrace trace) {
        Map<String, Object> tx = new LinkedHashMap<>();
        tx.put("signer_id", trace.signerId().toString());
        tx.put("public_key", String.valueOf(trace.publicKey()));
        tx.put("nonce", trace.nonce());
        tx.put("receiver_id", trace.receiverId().toString());
        List<Object> actions = new ArrayList<>();
        for (Action a : trace.actions()) {
            actions.add(action(a));
        }
        tx.put("actions", actions);
        tx.put("priority_fee", 0);
        tx.put("signature", "ed25519:" + Base58.encode(signature(trace)));
        tx.put("hash", trace.id().toString());
        return tx;
    }

    /**
     * The signature over the transaction's hash: a real one by the signer's sandbox key when the sandbox
     * signed the transaction with it; the client keeps the signature of a transaction submitted signed by
     * another key ({@code Chain.submitSigned}), so that one shows 64 zero bytes.
     */
    private static byte[] signature(TransactionTrace trace) {
        return Keys.publicKeyOf(trace.signerId()).equals(trace.publicKey())
                ? Keys.sign(trace.signerId(), trace.id().bytes())
                : new byte[64];
    }

    /** An action as nearcore's {@code ActionView} shows it (deployed code as the base64 of its hash). */
    static Object action(Action a) {
        if (a instanceof Action.CreateAccount) {
            return "CreateAccount";
        }
        Map<String, Object> body = new LinkedHashMap<>();
        String name;
        if (a instanceof Action.DeployContract d) {
            name = "DeployContract";
            body.put("code", Base64.getEncoder().encodeToString(d.code().hash()));
        } else if (a instanceof Action.FunctionCall f) {
            name = "FunctionCall";
            body.put("method_name", f.methodName());
            body.put("args", Base64.getEncoder().encodeToString(f.args()));
            body.put("gas", f.gas().asGas());
            body.put("deposit", f.deposit().toYoctoString());
        } else if (a instanceof Action.Transfer t) {
            name = "Transfer";
            body.put("deposit", t.deposit().toYoctoString());
        } else if (a instanceof Action.Stake s) {
            name = "Stake";
            body.put("stake", s.stake().toYoctoString());
            body.put("public_key", s.publicKey().toString());
        } else if (a instanceof Action.AddKey k) {
            name = "AddKey";
            body.put("public_key", k.publicKey().toString());
            Map<String, Object> key = new LinkedHashMap<>();
            key.put("nonce", k.accessKey().nonce());
            if (k.accessKey().permission() instanceof AccessKey.FunctionCallPermission p) {
                Map<String, Object> fc = new LinkedHashMap<>();
                fc.put("allowance", p.allowance() == null ? null : p.allowance().toYoctoString());
                fc.put("receiver_id", p.receiverId().toString());
                fc.put("method_names", p.methodNames());
                key.put("permission", Map.of("FunctionCall", fc));
            } else {
                key.put("permission", "FullAccess");
            }
            body.put("access_key", key);
        } else if (a instanceof Action.DeleteKey k) {
            name = "DeleteKey";
            body.put("public_key", k.publicKey().toString());
        } else if (a instanceof Action.DeleteAccount d) {
            name = "DeleteAccount";
            body.put("beneficiary_id", d.beneficiaryId().toString());
        } else {
            throw new IllegalArgumentException("unknown action " + a);
        }
        return Map.of(name, body);
    }

    /** An {@code ExecutionOutcomeWithIdView}. */
    private static Map<String, Object> wrap(ExecutionOutcome o) {
        Map<String, Object> outcome = new LinkedHashMap<>();
        outcome.put("logs", o.logs());
        outcome.put("receipt_ids", o.receiptIds().stream().map(CryptoHash::toString).toList());
        outcome.put("gas_burnt", o.gasBurnt());
        outcome.put("tokens_burnt", o.tokensBurnt().toYoctoString());
        outcome.put("executor_id", o.executorId().toString());
        outcome.put("status", o.status().json());
        outcome.put("metadata", metadata(o));
        Map<String, Object> w = new LinkedHashMap<>();
        w.put("proof", List.of());
        w.put("block_hash", o.blockHash().toString());
        w.put("id", o.id().toString());
        w.put("outcome", outcome);
        return w;
    }

    /** nearcore reports no profile for a transaction (version 1) and a version-3 profile for receipts. */
    private static Map<String, Object> metadata(ExecutionOutcome o) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (o.isTransaction()) {
            m.put("version", 1);
            m.put("gas_profile", null);
            return m;
        }
        m.put("version", 3);
        // nearcore's view sorts the profile by category, then by cost name
        List<CostGasUsed> sorted = o.gasProfile();
        sorted.sort(java.util.Comparator.comparing(CostGasUsed::costCategory).thenComparing(CostGasUsed::cost));
        List<Object> profile = new ArrayList<>();
        for (CostGasUsed c : sorted) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("cost_category", c.costCategory());
            e.put("cost", c.cost());
            e.put("gas_used", Long.toString(c.gasUsed()));
            profile.add(e);
        }
        m.put("gas_profile", profile);
        return m;
    }
}

package io.jnear.runtime;

import io.jnear.runtime.exec.TransactionTrace;
import io.jnear.sdk.Action;
import java.util.Map;

/**
 * Outcomes of transactions that arrived without a typed promise (a JSON-RPC client's signed
 * transactions), in the shape of NEAR RPC's {@code FinalExecutionOutcome}.
 */
public final class RpcOutcomes {
    private RpcOutcomes() {
    }

    /** The finished transaction's {@code FinalExecutionOutcome} JSON; its value stays raw bytes. */
    public static String finalExecutionOutcome(TransactionTrace trace) {
        if (!trace.isComplete()) {
            throw new IllegalStateException("Transaction " + trace.id() + " has not finished");
        }
        return RpcJson.finalOutcome(trace, ExecutionResult.finalStatus(trace), true);
    }

    /**
     * The same outcome as maps and lists, for a caller that writes it once with others: {@code transaction}
     * stands for its {@code transaction} view (an RPC server shows the transaction as its client signed it,
     * so the sandbox's own view of it, which signs it again, is not built).
     */
    public static Map<String, Object> finalExecutionOutcome(TransactionTrace trace, Object transaction) {
        if (!trace.isComplete()) {
            throw new IllegalStateException("Transaction " + trace.id() + " has not finished");
        }
        return RpcJson.finalOutcomeTree(trace, ExecutionResult.finalStatus(trace), true, transaction);
    }

    /** An action as nearcore's {@code ActionView} shows it, for receipt views. */
    public static Object actionView(Action action) {
        return RpcJson.action(action);
    }
}

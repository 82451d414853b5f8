package io.jnear.runtime;

import io.jnear.runtime.exec.TransactionTrace;
import io.jnear.sdk.Action;

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

    /** An action as nearcore's {@code ActionView} shows it, for receipt views. */
    public static Object actionView(Action action) {
        return RpcJson.action(action);
    }
}

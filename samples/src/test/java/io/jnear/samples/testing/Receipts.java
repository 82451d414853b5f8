package io.jnear.samples.testing;

import io.jnear.runtime.ExecutionResult;
import io.jnear.runtime.outcome.ExecutionOutcome;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.Action;
import io.jnear.sdk.NearToken;
import java.util.List;

/** Finds receipt outcomes of a transaction, so tests can say "the callback ran in block N". */
public final class Receipts {
    private Receipts() {
    }

    /** The one receipt that ran {@code method} on {@code account}. */
    public static ExecutionOutcome call(ExecutionResult<?> result, AccountId account, String method) {
        List<ExecutionOutcome> found = calls(result, account, method);
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " receipts ran " + method + " on " + account + "\n"
                    + result.toTree());
        }
        return found.get(0);
    }

    /** Every receipt that ran {@code method} on {@code account}, in execution order. */
    public static List<ExecutionOutcome> calls(ExecutionResult<?> result, AccountId account, String method) {
        return result.receiptOutcomes().stream()
                .filter(o -> o.executorId().equals(account) && !o.isRefund())
                .filter(o -> o.actions().stream().anyMatch(
                        a -> a instanceof Action.FunctionCall f && f.methodName().equals(method)))
                .toList();
    }

    /** The refund receipts (from {@code system}) that gave {@code amount} to {@code account}. */
    public static List<ExecutionOutcome> refunds(ExecutionResult<?> result, AccountId account, NearToken amount) {
        return result.receiptOutcomes().stream()
                .filter(o -> o.isRefund() && o.executorId().equals(account))
                .filter(o -> ((Action.Transfer) o.actions().get(0)).deposit().equals(amount))
                .toList();
    }
}

package io.jnear.samples.testing;

import io.jnear.runtime.ExecutionResult;
import io.jnear.runtime.fees.ActionFees;
import io.jnear.runtime.outcome.ExecutionOutcome;
import io.jnear.runtime.outcome.ExecutionStatus;
import io.jnear.runtime.outcome.TxExecutionError;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.Action;
import io.jnear.sdk.NearToken;
import java.math.BigInteger;
import java.util.List;

/**
 * The gas rewards a transaction credited to a contract: NEAR pays a contract 30% of the gas its own code
 * burnt (not the fees of the receipt and its actions), at the gas price. A contract's balance after a
 * transaction is its balance before, plus or minus the tokens it sent or received, plus exactly this.
 */
public final class GasRewards {
    private GasRewards() {
    }

    public static NearToken earnedBy(AccountId contract, ExecutionResult<?> result, long gasPrice) {
        return earnedBy(contract, result.receiptOutcomes(), gasPrice);
    }

    /** The rewards credited to {@code contract} by the receipts of {@code outcomes} (say, a trace so far). */
    public static NearToken earnedBy(AccountId contract, List<ExecutionOutcome> outcomes, long gasPrice) {
        BigInteger total = BigInteger.ZERO;
        for (ExecutionOutcome o : outcomes) {
            if (o.executorId().equals(contract) && !o.isRefund() && callsAFunction(o.actions())) {
                long codeGas = o.gasBurnt() - feesCharged(o);
                total = total.add(BigInteger.valueOf(codeGas * 3 / 10).multiply(BigInteger.valueOf(gasPrice)));
            }
        }
        return NearToken.ofYocto(total);
    }

    /** Receipt creation plus the execution fee of each action that ran (up to the one that failed). */
    private static long feesCharged(ExecutionOutcome o) {
        int ran = o.actions().size();
        if (o.status() instanceof ExecutionStatus.Failure f && f.error() instanceof TxExecutionError.ActionError e
                && e.index() != null) {
            ran = e.index() + 1;
        }
        long fees = ActionFees.ACTION_RECEIPT_CREATION.execution();
        for (Action a : o.actions().subList(0, ran)) {
            fees += ActionFees.execution(a);
        }
        return fees;
    }

    private static boolean callsAFunction(List<Action> actions) {
        return actions.stream().anyMatch(a -> a instanceof Action.FunctionCall);
    }
}

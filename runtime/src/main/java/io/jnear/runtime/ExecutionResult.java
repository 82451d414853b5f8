package io.jnear.runtime;

import io.jnear.runtime.exec.TransactionTrace;
import io.jnear.runtime.outcome.ExecutionOutcome;
import io.jnear.runtime.outcome.ExecutionStatus;
import io.jnear.runtime.outcome.Nep297Event;
import io.jnear.runtime.outcome.TxExecutionError;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.Action;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.spi.ResultDecoder;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;

/**
 * A finished transaction: its final status (found by following {@code SuccessReceiptId} links from the
 * transaction outcome, as NEAR does), the typed value, and every outcome it produced.
 *
 * @param <T> the type of the value, from the promise the transaction was built from
 */
public final class ExecutionResult<T> {
    private final TransactionTrace trace;
    private final ResultDecoder<T> decoder;
    private final ExecutionStatus status;
    private final BalanceSnapshot before;
    private final BalanceSnapshot after;
    /** Computed from the two snapshots when first asked for: most results are never asked. */
    private SortedMap<AccountId, BigInteger> balanceChanges;

    ExecutionResult(TransactionTrace trace, ResultDecoder<T> decoder, BalanceSnapshot before, BalanceSnapshot after) {
        this.trace = trace;
        this.decoder = decoder;
        this.status = finalStatus(trace);
        this.before = before;
        this.after = after;
    }

    /**
     * Follows {@code SuccessReceiptId} links from the transaction outcome; {@code NotStarted} before the
     * transaction is included, {@code Started} while the receipt holding the result has not run.
     */
    static ExecutionStatus finalStatus(TransactionTrace trace) {
        if (trace.transactionOutcome() == null) {
            return new ExecutionStatus.NotStarted();
        }
        ExecutionStatus status = trace.transactionOutcome().status();
        while (status instanceof ExecutionStatus.SuccessReceiptId next) {
            ExecutionOutcome outcome = trace.outcome(next.receiptId());
            if (outcome == null) {
                return new ExecutionStatus.Started();
            }
            status = outcome.status();
        }
        return status;
    }

    /**
     * The final status: {@code SuccessValue} or {@code Failure} once finished, else {@code NotStarted} or
     * {@code Started}.
     */
    public ExecutionStatus status() {
        return status;
    }

    public boolean isSuccess() {
        return status instanceof ExecutionStatus.SuccessValue;
    }

    public boolean isFailure() {
        return !isSuccess();
    }

    /** The decoded value of a successful transaction; throws with the failure text otherwise. */
    public T value() {
        if (status instanceof ExecutionStatus.SuccessValue v) {
            return decoder.decode(v.value());
        }
        throw notSuccessful();
    }

    private RuntimeException notSuccessful() {
        if (status instanceof ExecutionStatus.Failure f) {
            return new TransactionFailedException(failureText(), f.error());
        }
        return new IllegalStateException("The transaction has not finished: " + status.json());
    }

    /** The raw result bytes (JSON) of a successful transaction; empty when it returned nothing. */
    public byte[] rawValue() {
        if (status instanceof ExecutionStatus.SuccessValue v) {
            return v.value().clone();
        }
        throw notSuccessful();
    }

    /** The raw result as text. */
    public String json() {
        return new String(rawValue(), StandardCharsets.UTF_8);
    }

    public Optional<TxExecutionError> failure() {
        return status instanceof ExecutionStatus.Failure f ? Optional.of(f.error()) : Optional.empty();
    }

    /** The failure's text (such as {@code Smart contract panicked: boom}), or null on success. */
    public String failureText() {
        return failure().map(TxExecutionError::message).orElse(null);
    }

    /** The same as {@link #failureText()}, named as {@link ExecutionOutcome#failureMessage()} is. */
    public String failureMessage() {
        return failureText();
    }

    /**
     * The one receipt that ran {@code method} on {@code receiver} (refunds aside).
     *
     * @throws IllegalStateException naming how many ran, with the receipt tree, unless exactly one did
     */
    public ExecutionOutcome receipt(AccountId receiver, String method) {
        List<ExecutionOutcome> found = new ArrayList<>();
        for (ExecutionOutcome o : receiptsOn(receiver)) {
            if (o.calls(method)) {
                found.add(o);
            }
        }
        if (found.size() != 1) {
            throw new IllegalStateException(found.size() + " receipts ran " + method + " on " + receiver
                    + ", not one\n" + toTree());
        }
        return found.get(0);
    }

    /** Every receipt that ran {@code method}, on any account, in execution order (refunds aside). */
    public List<ExecutionOutcome> receipts(String method) {
        List<ExecutionOutcome> found = new ArrayList<>();
        for (ExecutionOutcome o : trace.receiptOutcomes()) {
            if (!o.isRefund() && o.calls(method)) {
                found.add(o);
            }
        }
        return found;
    }

    /** Every receipt executed on {@code receiver}, in execution order (refunds aside). */
    public List<ExecutionOutcome> receiptsOn(AccountId receiver) {
        List<ExecutionOutcome> found = new ArrayList<>();
        for (ExecutionOutcome o : trace.receiptOutcomes()) {
            if (!o.isRefund() && o.executorId().equals(receiver)) {
                found.add(o);
            }
        }
        return found;
    }

    /** The refund receipts (sent by {@code system}) that reached {@code account}, in execution order. */
    public List<ExecutionOutcome> refundsTo(AccountId account) {
        List<ExecutionOutcome> found = new ArrayList<>();
        for (ExecutionOutcome o : trace.receiptOutcomes()) {
            if (o.isRefund() && o.executorId().equals(account)) {
                found.add(o);
            }
        }
        return found;
    }

    /** The amounts the refund receipts to {@code account} carried, in execution order. */
    public List<NearToken> refundAmountsTo(AccountId account) {
        List<NearToken> amounts = new ArrayList<>();
        for (ExecutionOutcome o : refundsTo(account)) {
            for (Action a : o.actions()) {
                if (a instanceof Action.Transfer t) {
                    amounts.add(t.deposit());
                }
            }
        }
        return amounts;
    }

    /** The NEP-297 events logged by every receipt, in execution order. */
    public List<Nep297Event> events() {
        return Nep297Event.parseAll(logs());
    }

    /**
     * How the spendable balance of each account changed between submission and completion (or now, for
     * a transaction still running), in yoctoNEAR, signed; unchanged accounts are left out. Transactions that
     * ran in the same blocks count too, so for one transaction's own effect run it alone ({@code transact}).
     *
     * @throws IllegalStateException if the sandbox was built not to record balance changes
     */
    public SortedMap<AccountId, BigInteger> balanceChanges() {
        if (balanceChanges == null && before != null) {
            balanceChanges = Collections.unmodifiableSortedMap(after.changesSince(before));
        }
        if (balanceChanges == null) {
            throw new IllegalStateException("This sandbox does not record balance changes: build it with "
                    + "SandboxConfig.builder().recordBalanceChanges(true)");
        }
        return balanceChanges;
    }

    /** The signed change of {@code account}'s spendable balance, in yoctoNEAR; see {@link #balanceChanges()}. */
    public BigInteger balanceChange(AccountId account) {
        return balanceChanges().getOrDefault(account, BigInteger.ZERO);
    }

    public ExecutionOutcome transactionOutcome() {
        return trace.transactionOutcome();
    }

    /** Outcomes of every action receipt the transaction caused, in execution order. */
    public List<ExecutionOutcome> receiptOutcomes() {
        return trace.receiptOutcomes();
    }

    /** The same outcomes in nearcore's RPC order: depth first along the receipts each one created. */
    public List<ExecutionOutcome> receiptOutcomesDepthFirst() {
        return trace.receiptOutcomesDepthFirst();
    }

    /** True once the transaction and all its receipts have run. */
    public boolean isComplete() {
        return trace.isComplete();
    }

    /** Receipt outcomes that failed, whether or not the failure reached the final status. */
    public List<ExecutionOutcome> failures() {
        List<ExecutionOutcome> failed = new ArrayList<>();
        for (ExecutionOutcome o : trace.receiptOutcomes()) {
            if (o.isFailure()) {
                failed.add(o);
            }
        }
        return failed;
    }

    /** Every log line of every receipt, in execution order. */
    public List<String> logs() {
        List<String> logs = new ArrayList<>();
        for (ExecutionOutcome o : trace.receiptOutcomes()) {
            logs.addAll(o.logs());
        }
        return logs;
    }

    /** Gas burnt by the transaction and all its receipts. */
    public long gasBurnt() {
        if (trace.transactionOutcome() == null) {
            return 0;
        }
        long gas = trace.transactionOutcome().gasBurnt();
        for (ExecutionOutcome o : trace.receiptOutcomes()) {
            gas += o.gasBurnt();
        }
        return gas;
    }

    /** Tokens burnt by the transaction and all its receipts. */
    public NearToken tokensBurnt() {
        if (trace.transactionOutcome() == null) {
            return NearToken.ZERO;
        }
        NearToken total = trace.transactionOutcome().tokensBurnt();
        for (ExecutionOutcome o : trace.receiptOutcomes()) {
            total = total.plus(o.tokensBurnt());
        }
        return total;
    }

    /** Everything the transaction caused, including the results delivered to callbacks. */
    public TransactionTrace trace() {
        return trace;
    }

    /** The gas rewards {@code account} earned from this transaction: 30% of the gas its code burnt (87: none). */
    public NearToken gasRewardOf(AccountId account) {
        return trace.gasRewardOf(account);
    }

    /** The block the transaction was included in. */
    public long blockHeight() {
        return trace.includedInBlock();
    }

    /** The outcomes as a tree: which receipt created which, with blocks, gas, results and logs. */
    public String toTree() {
        return OutcomeTree.render(trace, false);
    }

    /** The tree with ANSI colours. */
    public String toColouredTree() {
        return OutcomeTree.render(trace, true);
    }

    /** The result in the shape of NEAR RPC's {@code FinalExecutionOutcome}. */
    public String toJson() {
        return RpcJson.finalOutcome(trace, status, trace.isComplete());
    }

    @Override
    public String toString() {
        return toTree();
    }
}

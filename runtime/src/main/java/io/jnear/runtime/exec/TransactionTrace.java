package io.jnear.runtime.exec;

import io.jnear.runtime.outcome.ExecutionOutcome;
import io.jnear.runtime.state.CryptoHash;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.Action;
import io.jnear.sdk.NearToken;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything one transaction caused: its own outcome, then each receipt outcome in execution order,
 * and how many of its receipts are still in flight.
 */
public final class TransactionTrace {
    final CryptoHash id;
    final AccountId signerId;
    final AccountId receiverId;
    final List<Action> actions;
    ExecutionOutcome transactionOutcome;
    final List<ExecutionOutcome> receiptOutcomes = new ArrayList<>();
    final Map<CryptoHash, ExecutionOutcome> byId = new HashMap<>();
    final List<DataFlow> dataFlows = new ArrayList<>();
    /** Gas rewards credited to the receiver of each executed receipt, by receipt id. */
    final Map<CryptoHash, NearToken> rewards = new HashMap<>();
    int inFlight;
    long includedInBlock = -1;

    TransactionTrace(CryptoHash id, AccountId signerId, AccountId receiverId, List<Action> actions) {
        this.id = id;
        this.signerId = signerId;
        this.receiverId = receiverId;
        this.actions = List.copyOf(actions);
    }

    /** A copy for a forked chain, so receipts still in flight there update it and not this one. */
    TransactionTrace copy() {
        TransactionTrace copy = new TransactionTrace(id, signerId, receiverId, actions);
        copy.transactionOutcome = transactionOutcome;
        copy.receiptOutcomes.addAll(receiptOutcomes);
        copy.byId.putAll(byId);
        copy.dataFlows.addAll(dataFlows);
        copy.rewards.putAll(rewards);
        copy.inFlight = inFlight;
        copy.includedInBlock = includedInBlock;
        return copy;
    }

    public CryptoHash id() {
        return id;
    }

    public AccountId signerId() {
        return signerId;
    }

    public AccountId receiverId() {
        return receiverId;
    }

    /** Null until the transaction is included in a block. */
    public ExecutionOutcome transactionOutcome() {
        return transactionOutcome;
    }

    public List<ExecutionOutcome> receiptOutcomes() {
        return List.copyOf(receiptOutcomes);
    }

    public ExecutionOutcome outcome(CryptoHash receiptId) {
        return byId.get(receiptId);
    }

    /** True once the transaction was included and none of its receipts is still pending. */
    public boolean isComplete() {
        return transactionOutcome != null && inFlight == 0;
    }

    public long includedInBlock() {
        return includedInBlock;
    }

    /**
     * A result that travelled from the receipt that produced it to the receipt that waited for it (a
     * callback), arriving in block {@code arrivedAt}.
     */
    public record DataFlow(CryptoHash producerId, CryptoHash consumerId, long arrivedAt, boolean success) {
    }

    /** Every result delivered to a waiting receipt, in delivery order. */
    public List<DataFlow> dataFlows() {
        return List.copyOf(dataFlows);
    }

    /**
     * The gas rewards {@code account} earned from this transaction's receipts so far: 30% of the gas its
     * own code burnt, at the gas price. A contract's balance after a call is its balance before, plus or
     * minus what moved, plus exactly this.
     */
    public NearToken gasRewardOf(AccountId account) {
        NearToken total = NearToken.ZERO;
        for (ExecutionOutcome o : receiptOutcomes) {
            if (o.executorId().equals(account)) {
                total = total.plus(rewards.getOrDefault(o.id(), NearToken.ZERO));
            }
        }
        return total;
    }

    void record(ExecutionOutcome outcome) {
        receiptOutcomes.add(outcome);
        byId.put(outcome.id(), outcome);
    }
}

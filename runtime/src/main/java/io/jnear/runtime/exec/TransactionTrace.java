package io.jnear.runtime.exec;

import io.jnear.runtime.outcome.ExecutionOutcome;
import io.jnear.runtime.state.CryptoHash;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.Action;
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
    int inFlight;
    long includedInBlock = -1;

    TransactionTrace(CryptoHash id, AccountId signerId, AccountId receiverId, List<Action> actions) {
        this.id = id;
        this.signerId = signerId;
        this.receiverId = receiverId;
        this.actions = List.copyOf(actions);
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

    void record(ExecutionOutcome outcome) {
        receiptOutcomes.add(outcome);
        byId.put(outcome.id(), outcome);
    }
}

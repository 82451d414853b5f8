package io.jnear.runtime.exec;

import io.jnear.runtime.outcome.ExecutionOutcome;
import io.jnear.runtime.state.CryptoHash;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.Action;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.PublicKey;
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
    final PublicKey publicKey;
    final long nonce;
    ExecutionOutcome transactionOutcome;
    final List<ExecutionOutcome> receiptOutcomes = new ArrayList<>();
    final Map<CryptoHash, ExecutionOutcome> byId = new HashMap<>();
    final List<DataFlow> dataFlows = new ArrayList<>();
    /** Gas rewards credited to the receiver of each executed receipt, by receipt id. */
    final Map<CryptoHash, NearToken> rewards = new HashMap<>();
    int inFlight;
    long includedInBlock = -1;
    CryptoHash includedInBlockHash;

    TransactionTrace(CryptoHash id, AccountId signerId, AccountId receiverId, List<Action> actions,
            PublicKey publicKey, long nonce) {
        this.id = id;
        this.signerId = signerId;
        this.receiverId = receiverId;
        this.actions = List.copyOf(actions);
        this.publicKey = publicKey;
        this.nonce = nonce;
    }

    /** The transaction's actions. */
    public List<Action> actions() {
        return actions;
    }

    /** The access key the transaction is signed with. */
    public PublicKey publicKey() {
        return publicKey;
    }

    public long nonce() {
        return nonce;
    }

    /** The hash of the block that included the transaction, or null before. */
    public CryptoHash includedInBlockHash() {
        return includedInBlockHash;
    }

    /** A copy for a forked chain, so receipts still in flight there update it and not this one. */
    TransactionTrace copy() {
        TransactionTrace copy = new TransactionTrace(id, signerId, receiverId, actions, publicKey, nonce);
        copy.transactionOutcome = transactionOutcome;
        copy.receiptOutcomes.addAll(receiptOutcomes);
        copy.byId.putAll(byId);
        copy.dataFlows.addAll(dataFlows);
        copy.rewards.putAll(rewards);
        copy.inFlight = inFlight;
        copy.includedInBlock = includedInBlock;
        copy.includedInBlockHash = includedInBlockHash;
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

    /** Outcomes of the executed action receipts, in execution order. */
    public List<ExecutionOutcome> receiptOutcomes() {
        return List.copyOf(receiptOutcomes);
    }

    /**
     * Outcomes of the executed action receipts in nearcore's order: depth first along {@code receipt_ids}
     * from the transaction outcome (a call, the receipts it created in order, each followed by its own).
     */
    public List<ExecutionOutcome> receiptOutcomesDepthFirst() {
        List<ExecutionOutcome> out = new ArrayList<>();
        if (transactionOutcome != null) {
            java.util.ArrayDeque<CryptoHash> stack = new java.util.ArrayDeque<>();
            List<CryptoHash> roots = transactionOutcome.receiptIds();
            for (int i = roots.size() - 1; i >= 0; i--) {
                stack.push(roots.get(i));
            }
            while (!stack.isEmpty()) {
                ExecutionOutcome o = byId.get(stack.pop());
                if (o == null) {
                    continue;
                }
                out.add(o);
                List<CryptoHash> children = o.receiptIds();
                for (int i = children.size() - 1; i >= 0; i--) {
                    stack.push(children.get(i));
                }
            }
        }
        return out;
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
     * own code burnt, at the gas price (none in protocol 87). A contract's balance after a call is its
     * balance before, plus or minus what moved, plus exactly this.
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

package io.jnear.runtime.exec;

import io.jnear.runtime.outcome.ExecutionOutcome;
import io.jnear.runtime.state.CryptoHash;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.Action;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.PublicKey;
import io.jnear.sdk.U128;
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
    // sized for a few receipts (a transfer has two, a call and its callback five): most traces never grow
    final List<ExecutionOutcome> receiptOutcomes = new ArrayList<>(RECEIPTS);
    /**
     * The receipt outcomes by id, indexed when first asked for ({@link #byId()}): recording a receipt only
     * appends, and most traces are never searched by id.
     */
    private Map<CryptoHash, ExecutionOutcome> byId;
    /** How many of {@link #receiptOutcomes} {@link #byId} holds. */
    private int indexed;
    final List<DataFlow> dataFlows = new ArrayList<>();
    /** The gas reward credited to the receiver of each of {@link #receiptOutcomes}, zero when none. */
    private final List<U128> rewards = new ArrayList<>(RECEIPTS);
    private static final int RECEIPTS = 6;
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
        copy.dataFlows.addAll(dataFlows);
        copy.rewards.addAll(rewards);
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
                ExecutionOutcome o = byId().get(stack.pop());
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
        if (receiptOutcomes.size() <= SEARCHED_IN_PLACE) {
            // a call's few receipts: comparing their ids (hash codes first) costs less than indexing them
            for (int i = receiptOutcomes.size() - 1; i >= 0; i--) {
                ExecutionOutcome o = receiptOutcomes.get(i);
                if (o.id().equals(receiptId)) {
                    return o;
                }
            }
            return null;
        }
        return byId().get(receiptId);
    }

    /** Up to this many receipt outcomes, {@link #outcome} looks an id up without the index. */
    private static final int SEARCHED_IN_PLACE = 8;

    /** {@link #byId}, first indexing the outcomes recorded since it was last asked for. */
    private Map<CryptoHash, ExecutionOutcome> byId() {
        if (byId == null) {
            byId = new HashMap<>();
        }
        for (; indexed < receiptOutcomes.size(); indexed++) {
            ExecutionOutcome o = receiptOutcomes.get(indexed);
            byId.put(o.id(), o);
        }
        return byId;
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
        U128 total = U128.ZERO;
        for (int i = 0; i < receiptOutcomes.size(); i++) {
            if (receiptOutcomes.get(i).executorId().equals(account)) {
                total = total.plus(rewards.get(i));
            }
        }
        return NearToken.ofYocto(total);
    }

    /** Records a receipt's outcome and the gas reward its receiver got for it. */
    void record(ExecutionOutcome outcome, U128 reward) {
        receiptOutcomes.add(outcome);
        rewards.add(reward);
    }
}

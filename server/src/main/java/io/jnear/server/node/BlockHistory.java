package io.jnear.server.node;

import io.jnear.runtime.Sandbox;
import io.jnear.runtime.exec.Receipt;
import io.jnear.runtime.exec.TransactionTrace;
import io.jnear.runtime.outcome.ExecutionOutcome;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The chain's past as the RPC serves it: every block's contents (kept for the node's lifetime, like its
 * transactions), the receipts that travelled between blocks, and the state at the end of each of the last
 * {@code retained} blocks, as forks of the sandbox (copy-on-write, so a snapshot costs what the following
 * blocks change). Older states are dropped, as a non-archival node collects them. The node calls it under
 * its lock around every block it produces.
 */
final class BlockHistory {
    private final int retained;
    /** The state while block {@code h} was the head, taken just before {@code h + 1} was produced. */
    private final NavigableMap<Long, Sandbox> states = new TreeMap<>();
    /** Contents of the blocks in which something happened; a block not listed was empty. */
    private final NavigableMap<Long, BlockContents> contents = new TreeMap<>();
    private long first;
    /** Transactions with receipts still to run, in submission order, and how much of them was recorded. */
    private final List<Unfinished> unfinished = new ArrayList<>();
    /** Every receipt that arrived in a block, by id (base58); looked up, never iterated. */
    private final Map<String, Receipt> arrivedReceipts = new HashMap<>();
    /** Every executed receipt's outcome and its transaction, by receipt id (base58); looked up, never iterated. */
    private final Map<String, Node.ReceiptRecord> executedReceipts = new HashMap<>();
    /**
     * The total supply once each block that burnt tokens has run (the genesis supply at the first block);
     * a block not listed left the supply of the last one before it.
     */
    private final NavigableMap<Long, BigInteger> supply = new TreeMap<>();

    private static final class Unfinished {
        final Node.Submitted submitted;
        boolean included;
        int outcomesSeen;

        Unfinished(Node.Submitted submitted) {
            this.submitted = submitted;
        }
    }

    BlockHistory(int retained, BigInteger genesisSupply) {
        if (retained < 0) {
            throw new IllegalArgumentException("the retained state history must not be negative, got " + retained);
        }
        this.retained = retained;
        supply.put(0L, genesisSupply);
    }

    int retained() {
        return retained;
    }

    /** Follows a transaction from now on, so the blocks it runs in record it. */
    void track(Node.Submitted submitted) {
        unfinished.add(new Unfinished(submitted));
    }

    /**
     * Called before the head produces a block: keeps its state (when {@code keepState}) and returns the
     * receipts about to arrive in the block, for {@link #afterBlock}.
     */
    List<Receipt> beforeBlock(Sandbox head, boolean keepState) {
        if (keepState) {
            keepState(head);
        }
        return head.chain().receiptsArrivingNext();
    }

    /**
     * Records block {@code height}: the receipts that arrived in it, what it included, the gas its
     * transactions and receipts burnt, and the tokens it burnt ({@code tokensBurnt}: the chain's own count,
     * net of what contracts earned, so the total supply follows it).
     */
    void afterBlock(long height, List<Receipt> incoming, BigInteger tokensBurnt) {
        for (Receipt r : incoming) {
            arrivedReceipts.put(r.id().toString(), r);
        }
        List<Node.Submitted> included = new ArrayList<>();
        long gas = 0;
        for (Iterator<Unfinished> it = unfinished.iterator(); it.hasNext();) {
            Unfinished u = it.next();
            TransactionTrace trace = u.submitted.trace();
            ExecutionOutcome txOutcome = trace.transactionOutcome();
            if (!u.included && txOutcome != null) {
                u.included = true;
                if (!txOutcome.isFailure()) {
                    included.add(u.submitted);
                }
                gas += txOutcome.gasBurnt();
            }
            List<ExecutionOutcome> outcomes = trace.receiptOutcomes();
            for (ExecutionOutcome o : outcomes.subList(u.outcomesSeen, outcomes.size())) {
                executedReceipts.put(o.id().toString(), new Node.ReceiptRecord(u.submitted, o));
                gas += o.gasBurnt();
            }
            u.outcomesSeen = outcomes.size();
            if (trace.isComplete()) {
                it.remove();
            }
        }
        record(new BlockContents(height, included, incoming, gas, tokensBurnt));
        if (tokensBurnt.signum() != 0) {
            supply.put(height, supplyAfter(height - 1).subtract(tokensBurnt));
        }
    }

    Receipt arrivedReceipt(String receiptId) {
        return arrivedReceipts.get(receiptId);
    }

    Node.ReceiptRecord executedReceipt(String receiptId) {
        return executedReceipts.get(receiptId);
    }

    /** The total supply once block {@code height} has run. */
    BigInteger supplyAfter(long height) {
        var entry = supply.floorEntry(height);
        return entry != null ? entry.getValue() : supply.firstEntry().getValue();
    }

    /** Keeps the head's state before the next block changes it, and forgets states that fell out of the window. */
    private void keepState(Sandbox head) {
        long height = head.blockHeight();
        if (retained > 0) {
            states.put(height, head.fork());
        }
        while (!states.isEmpty() && states.firstKey() <= height - retained) {
            states.pollFirstEntry();
        }
    }

    /**
     * Forgets everything before {@code height}: the blocks before a restart ran in another process, and
     * left {@code totalSupply}.
     */
    void startAt(long height, BigInteger totalSupply) {
        states.clear();
        contents.clear();
        supply.clear();
        supply.put(height, totalSupply);
        first = height;
    }

    /** The lowest height this node knows the contents of. */
    long first() {
        return first;
    }

    private void record(BlockContents block) {
        if (!block.isEmpty()) {
            contents.put(block.height(), block);
        }
    }

    /** The state at the end of block {@code height}, or null if it is not kept (the head's is the live one). */
    Sandbox stateAt(long height) {
        return states.get(height);
    }

    /** The lowest height whose state is still kept, given the head. */
    long oldestState(long head) {
        return states.isEmpty() ? head : Math.max(states.firstKey(), head - retained);
    }

    BlockContents contentsOf(long height) {
        BlockContents c = contents.get(height);
        return c != null ? c : BlockContents.empty(height);
    }
}

package io.jnear.explorer;

import io.jnear.runtime.Sandbox;
import io.jnear.runtime.exec.Chain;
import io.jnear.runtime.state.CryptoHash;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.Action;
import io.jnear.sdk.Promise;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plans the next block can have: which actors send their next step (and which alternative), in
 * which order transactions to one receiver are sent, which calls that may fail do, and in which order the receipts due on one
 * contract from different transactions run. Orders among different accounts are never varied: their
 * receipts touch disjoint state, so every order gives the same block (partial-order reduction).
 */
final class Choices {
    private final Explorer explorer;

    Choices(Explorer explorer) {
        this.explorer = explorer;
    }

    /** The plans for the next block; empty when the schedule is over (nothing left to send or run). */
    List<BlockPlan> next(Sandbox sandbox, int[] nextStep, int depth) {
        boolean mayStillSend = depth < explorer.maxBlocks;
        List<List<Submission>> submissionSets = mayStillSend ? submissionSets(nextStep) : List.of(List.of());
        boolean idle = sandbox.isIdle();
        List<Chain.DueReceipt> due = idle ? List.of() : sandbox.receiptsDueNext();
        List<List<CryptoHash>> receiptOrders = idle || !explorer.reorderReceipts ? singletonNull() : receiptOrders(due);
        List<List<FailedCall>> failureSets = failureSets(due);
        List<BlockPlan> plans = new ArrayList<>();
        for (List<Submission> submissions : submissionSets) {
            boolean sendsSomething = !submissions.isEmpty();
            if (!sendsSomething && idle) {
                continue; // a block on an idle chain with nothing sent changes nothing but the clock
            }
            for (List<Submission> ordered : sendOrders(submissions)) {
                for (List<CryptoHash> order : receiptOrders) {
                    for (List<FailedCall> failures : failureSets) {
                        plans.add(new BlockPlan(order, failures, ordered));
                    }
                }
            }
        }
        return plans;
    }

    private static List<List<CryptoHash>> singletonNull() {
        List<List<CryptoHash>> one = new ArrayList<>(1);
        one.add(null);
        return one;
    }

    /**
     * Every way the calls that may fail and are due in the next block can go: each such call succeeds or
     * fails in one of its declared ways, independently of the others; nothing failing first.
     */
    private List<List<FailedCall>> failureSets(List<Chain.DueReceipt> due) {
        List<List<FailedCall>> sets = new ArrayList<>();
        sets.add(List.of());
        if (explorer.mayFail.isEmpty()) {
            return sets;
        }
        // the declared ways, grouped by call, in the order declared
        Map<String, List<FailedCall>> ways = new LinkedHashMap<>();
        for (FailedCall call : explorer.mayFail) {
            boolean isDue = false;
            for (Chain.DueReceipt r : due) {
                isDue |= r.receiverId().equals(call.receiver()) && call.method().equals(r.methodName());
            }
            if (isDue) {
                ways.computeIfAbsent(call.receiver() + "." + call.method(), k -> new ArrayList<>()).add(call);
            }
        }
        for (List<FailedCall> callWays : ways.values()) {
            int size = sets.size();
            for (FailedCall way : callWays) {
                for (int i = 0; i < size; i++) {
                    List<FailedCall> with = new ArrayList<>(sets.get(i));
                    with.add(way);
                    sets.add(with);
                }
            }
        }
        return sets;
    }

    /**
     * Every combination of one option per actor: wait, or send one of the alternatives. (Skipping an
     * optional step takes no block: the search decides it before, see {@link Search}.)
     */
    private List<List<Submission>> submissionSets(int[] nextStep) {
        List<List<Submission>> sets = new ArrayList<>();
        sets.add(List.of());
        for (int a = 0; a < nextStep.length; a++) {
            List<Step> steps = explorer.actors.get(a).steps();
            if (nextStep[a] >= steps.size()) {
                continue;
            }
            Step step = steps.get(nextStep[a]);
            List<Submission> options = new ArrayList<>();
            for (int alt = 0; alt < step.alternatives().size(); alt++) {
                options.add(new Submission(a, nextStep[a], alt));
            }
            List<List<Submission>> grown = new ArrayList<>(sets.size() * (options.size() + 1));
            for (List<Submission> set : sets) {
                grown.add(set); // this actor waits
                for (Submission option : options) {
                    List<Submission> with = new ArrayList<>(set);
                    with.add(option);
                    grown.add(with);
                }
            }
            sets = grown;
        }
        return sets;
    }

    /**
     * The send orders worth trying. A transaction to another account becomes a receipt due in the next
     * block, where {@link #receiptOrders} varies the order of those that reach one contract; so only
     * transactions a contract account signs to itself, which run in this block in the order sent, are
     * permuted here (per receiver). Everything else keeps actor order.
     */
    private List<List<Submission>> sendOrders(List<Submission> submissions) {
        if (submissions.size() < 2) {
            return List.of(submissions);
        }
        Map<AccountId, List<Submission>> byReceiver = new LinkedHashMap<>();
        for (Submission s : submissions) {
            byReceiver.computeIfAbsent(localCallReceiver(s), r -> new ArrayList<>()).add(s);
        }
        List<List<Submission>> orders = List.of(List.of());
        for (Map.Entry<AccountId, List<Submission>> group : byReceiver.entrySet()) {
            List<List<Submission>> groupOrders = group.getKey() == null
                    ? List.of(group.getValue()) : Permutations.of(group.getValue());
            orders = concatenations(orders, groupOrders);
        }
        return orders;
    }

    /** The receiver of a transaction that calls the signer's own contract, else null. */
    private AccountId localCallReceiver(Submission s) {
        Actor actor = explorer.actors.get(s.actor());
        Promise<?> transaction = actor.steps().get(s.step()).alternatives().get(s.alternative()).transaction();
        boolean calls = transaction.actions().stream().anyMatch(a -> a instanceof Action.FunctionCall);
        return calls && transaction.receiver().equals(actor.signer()) ? actor.signer() : null;
    }

    /**
     * The receipt orders worth trying for the next block: on each receiver, the receipts that reach a
     * contract from different transactions interleave in every way that keeps each transaction's own
     * receipts in the order they were sent; everything else keeps its place. The first is the order as due.
     */
    private List<List<CryptoHash>> receiptOrders(List<Chain.DueReceipt> due) {
        Map<AccountId, List<Chain.DueReceipt>> byReceiver = new LinkedHashMap<>();
        for (Chain.DueReceipt r : due) {
            if (r.reachesContract()) {
                byReceiver.computeIfAbsent(r.receiverId(), k -> new ArrayList<>()).add(r);
            }
        }
        List<List<CryptoHash>> orders = singletonNull();
        for (List<Chain.DueReceipt> group : byReceiver.values()) {
            List<List<Chain.DueReceipt>> interleavings = Interleavings.byTransaction(group);
            if (interleavings.size() < 2) {
                continue;
            }
            List<List<CryptoHash>> grown = new ArrayList<>();
            for (List<CryptoHash> order : orders) {
                List<CryptoHash> base = order == null ? ids(due) : order;
                grown.add(order); // as it was
                for (List<Chain.DueReceipt> interleaving : interleavings.subList(1, interleavings.size())) {
                    grown.add(placed(base, group, interleaving));
                }
            }
            orders = grown;
        }
        return orders;
    }

    private static List<CryptoHash> ids(List<Chain.DueReceipt> due) {
        List<CryptoHash> ids = new ArrayList<>(due.size());
        for (Chain.DueReceipt r : due) {
            ids.add(r.id());
        }
        return ids;
    }

    /** {@code base} with the slots of {@code group}'s receipts refilled, in turn, from {@code interleaving}. */
    private static List<CryptoHash> placed(List<CryptoHash> base, List<Chain.DueReceipt> group,
            List<Chain.DueReceipt> interleaving) {
        List<CryptoHash> groupIds = ids(group);
        List<CryptoHash> out = new ArrayList<>(base.size());
        int next = 0;
        for (CryptoHash id : base) {
            out.add(groupIds.contains(id) ? interleaving.get(next++).id() : id);
        }
        return out;
    }

    private static <T> List<List<T>> concatenations(List<List<T>> prefixes, List<List<T>> suffixes) {
        List<List<T>> out = new ArrayList<>(prefixes.size() * suffixes.size());
        for (List<T> p : prefixes) {
            for (List<T> s : suffixes) {
                List<T> joined = new ArrayList<>(p);
                joined.addAll(s);
                out.add(joined);
            }
        }
        return out;
    }
}

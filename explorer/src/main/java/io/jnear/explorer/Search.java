package io.jnear.explorer;

import io.jnear.runtime.Sandbox;
import io.jnear.runtime.state.CryptoHash;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * The bounded search over block plans. Every node is a sandbox between two blocks; each child is a fork
 * of it with one more block (the last child reuses the parent's sandbox, which is not needed any more).
 * Depth first keeps a stack, breadth first a queue; either way the work done is counted in blocks and
 * complete schedules, so the same search stops in the same place everywhere. A child whose sandbox
 * and remaining steps equal a node already reached at its depth is pruned: its subtree is that node's.
 */
final class Search {
    /** The plans that led to a node, newest first, shared between siblings. */
    private record Path(BlockPlan plan, Path previous, int length) {
        Schedule toSchedule() {
            BlockPlan[] plans = new BlockPlan[length];
            for (Path p = this; p != null; p = p.previous) {
                plans[p.length - 1] = p.plan;
            }
            return new Schedule(List.of(plans));
        }
    }

    /**
     * A sandbox between blocks, each actor's next step, and for each actor the optional step it has
     * decided to take (-1: none decided): an optional step is taken or skipped before any block, so
     * skipping it costs no block and is tried once, not in every block.
     */
    private record Node(Sandbox sandbox, int[] nextStep, int[] kept, int depth, Path path) {
    }

    /** A node's identity for deduplication: its sandbox's fingerprint and what the actors have left to do. */
    private record Seen(CryptoHash fingerprint, int depth, List<Integer> progress) {
        static Seen of(Sandbox sandbox, int depth, int[] nextStep, int[] kept) {
            List<Integer> progress = new ArrayList<>(nextStep.length * 2);
            for (int i = 0; i < nextStep.length; i++) {
                progress.add(nextStep[i]);
                progress.add(kept[i]);
            }
            return new Seen(sandbox.fingerprint(), depth, progress);
        }
    }

    private final Explorer explorer;
    private final Choices choices;
    private final Random shuffle;
    /** Nodes already reached; only looked up, never iterated, so its hash order cannot show. */
    private final Set<Seen> seen = new HashSet<>();
    private long schedules;
    private long blocks;
    private long unsettled;
    private long pruned;

    Search(Explorer explorer) {
        this.explorer = explorer;
        this.choices = new Choices(explorer);
        this.shuffle = explorer.seed == null ? null : new Random(explorer.seed);
    }

    Exploration run() {
        Deque<Node> frontier = new ArrayDeque<>();
        int[] noneKept = new int[explorer.actors.size()];
        java.util.Arrays.fill(noneKept, -1);
        frontier.add(new Node(explorer.start.fork(), new int[explorer.actors.size()], noneKept, 0, null));
        boolean breadthFirst = explorer.strategy == Strategy.BREADTH_FIRST;
        Budget budget = explorer.budget;
        // the one clock the explorer reads, and only when asked to: it decides where a search stops, never what it finds
        long deadline = budget.timed() ? System.nanoTime() + budget.time().toNanos() : 0;
        while (!frontier.isEmpty()) {
            if (schedules >= budget.schedules() || blocks >= budget.blocks()
                    || budget.timed() && System.nanoTime() - deadline >= 0) {
                return Exploration.outOfBudget(schedules, blocks, unsettled, pruned);
            }
            Node node = breadthFirst ? frontier.pollFirst() : frontier.pollLast();
            Optional<Found> found = expand(node, frontier, breadthFirst);
            if (found.isPresent()) {
                Path path = found.get().path;
                Schedule schedule = path == null ? new Schedule(List.of()) : path.toSchedule();
                return Exploration.withCounterexample(explorer, schedules, blocks, unsettled, pruned,
                        Minimiser.minimise(explorer, schedule, found.get().violation));
            }
        }
        return Exploration.exhausted(schedules, blocks, unsettled, pruned);
    }

    private record Found(Path path, Violation violation) {
    }

    private Optional<Found> expand(Node node, Deque<Node> frontier, boolean breadthFirst) {
        int undecided = undecidedOptionalStep(node);
        if (undecided >= 0) {
            int[] skipped = node.nextStep.clone();
            skipped[undecided]++;
            int[] kept = node.kept.clone();
            kept[undecided] = node.nextStep[undecided];
            Node skip = new Node(node.sandbox.fork(), skipped, node.kept, node.depth, node.path);
            Node keep = new Node(node.sandbox, node.nextStep, kept, node.depth, node.path);
            if (breadthFirst) {
                frontier.addFirst(keep);
                frontier.addFirst(skip); // no block passed: both belong before the nodes of the next depth
            } else {
                frontier.addLast(keep);
                frontier.addLast(skip);
            }
            return Optional.empty();
        }
        List<BlockPlan> plans = choices.next(node.sandbox, node.nextStep, node.depth);
        if (plans.isEmpty()) {
            return atRest(node);
        }
        if (node.depth >= explorer.maxBlocks + Explorer.SETTLE_LIMIT) {
            unsettled++;
            schedules++;
            return Optional.empty();
        }
        if (shuffle != null) {
            Collections.shuffle(plans, shuffle);
        }
        List<Node> children = new ArrayList<>(plans.size());
        for (int i = 0; i < plans.size(); i++) {
            BlockPlan plan = plans.get(i);
            Sandbox sandbox = i == plans.size() - 1 ? node.sandbox : node.sandbox.fork();
            int depth = node.depth + 1;
            BlockStep.run(explorer, sandbox, plan, depth, null);
            blocks++;
            Path path = new Path(plan, node.path, depth);
            Optional<Violation> violation = BlockStep.checkBlock(explorer, sandbox, depth);
            if (violation.isPresent()) {
                schedules++;
                return Optional.of(new Found(path, violation.get()));
            }
            int[] next = advanced(node.nextStep, plan);
            if (explorer.deduplicate && !seen.add(Seen.of(sandbox, depth, next, node.kept))) {
                pruned++; // the same chain with the same steps left: its schedules are being checked already
                continue;
            }
            children.add(new Node(sandbox, next, node.kept, depth, path));
        }
        if (breadthFirst) {
            frontier.addAll(children);
        } else {
            // the stack pops the last pushed first: push in reverse so the first plan is explored first
            for (int i = children.size() - 1; i >= 0; i--) {
                frontier.addLast(children.get(i));
            }
        }
        return Optional.empty();
    }

    private Optional<Found> atRest(Node node) {
        for (int a = 0; a < node.kept.length; a++) {
            if (node.kept[a] >= 0 && node.nextStep[a] == node.kept[a]) {
                return Optional.empty(); // kept but never sent: the same as the schedule that skipped it
            }
        }
        schedules++;
        if (!node.sandbox.isIdle()) {
            return Optional.empty();
        }
        return BlockStep.checkAtRest(explorer, node.sandbox, node.depth)
                .map(v -> new Found(node.path, v));
    }

    /** The first actor whose next step is optional and not yet decided, while steps may still be sent; else -1. */
    private int undecidedOptionalStep(Node node) {
        if (node.depth >= explorer.maxBlocks) {
            return -1;
        }
        for (int a = 0; a < node.nextStep.length; a++) {
            List<Step> steps = explorer.actors.get(a).steps();
            if (node.nextStep[a] < steps.size() && steps.get(node.nextStep[a]).optional()
                    && node.kept[a] != node.nextStep[a]) {
                return a;
            }
        }
        return -1;
    }

    private static int[] advanced(int[] nextStep, BlockPlan plan) {
        if (plan.submissions().isEmpty()) {
            return nextStep;
        }
        int[] next = nextStep.clone();
        for (Submission s : plan.submissions()) {
            next[s.actor()] = s.step() + 1;
        }
        return next;
    }
}

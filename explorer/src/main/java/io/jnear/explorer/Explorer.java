package io.jnear.explorer;

import io.jnear.runtime.Sandbox;
import io.jnear.runtime.exec.InjectedFailure;
import io.jnear.sdk.AccountId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Searches the schedules NEAR allows for one that breaks an invariant.
 *
 * <pre>{@code
 * Exploration result = Explorer.from(sandbox)
 *         .actor(Actor.signedBy(mallory.id())
 *                 .then("withdraw 1 NEAR", LeakyVaultStub.on(vault.id()).withdraw(NearToken.near(1)))
 *                 .then("withdraw 1 NEAR again", LeakyVaultStub.on(vault.id()).withdraw(NearToken.near(1))))
 *         .invariant(Invariant.atRest("the vault holds what its books owe", s -> …))
 *         .maxBlocks(6)
 *         .explore();
 * result.assertHolds();   // or result.counterexample()
 * }</pre>
 *
 * <p>Before each block the search chooses, for every actor with steps left, whether its next step lands
 * in this block and which of its alternatives is sent (or skips an optional one); which calls declared
 * with {@link #mayFail} that are due in it fail; the order in which
 * transactions to the same receiver are sent; and the order in which receipts due in the block that
 * reach one contract from different transactions run (receipts on different accounts commute, so their
 * order is not varied: partial-order reduction). Invariants are checked after every block and when the
 * chain comes to rest. The first counterexample found is minimised and replayed for its report.
 *
 * <p>The starting sandbox is forked, never changed. Builders are immutable: each method returns a copy.
 */
public final class Explorer {
    /** Blocks a schedule may take to settle after its last choice before it is reported as never settling. */
    public static final int SETTLE_LIMIT = 64;

    final Sandbox start;
    final List<Actor> actors;
    final List<Invariant> invariants;
    final int maxBlocks;
    final Budget budget;
    final Strategy strategy;
    final Long seed;
    final boolean reorderReceipts;
    final List<FailedCall> mayFail;
    final boolean deduplicate;

    private Explorer(Sandbox start, List<Actor> actors, List<Invariant> invariants, int maxBlocks, Budget budget,
            Strategy strategy, Long seed, boolean reorderReceipts, List<FailedCall> mayFail, boolean deduplicate) {
        this.start = start;
        this.actors = List.copyOf(actors);
        this.invariants = List.copyOf(invariants);
        this.maxBlocks = maxBlocks;
        this.budget = budget;
        this.strategy = strategy;
        this.seed = seed;
        this.reorderReceipts = reorderReceipts;
        this.mayFail = List.copyOf(mayFail);
        this.deduplicate = deduplicate;
    }

    /** An explorer starting from {@code sandbox} as it is now: 8 blocks, 100,000 schedules, depth first. */
    public static Explorer from(Sandbox sandbox) {
        return new Explorer(sandbox.fork(), List.of(), List.of(), 8, Budget.schedules(100_000),
                Strategy.DEPTH_FIRST, null, true, List.of(), true);
    }

    public Explorer actor(Actor actor) {
        List<Actor> more = new ArrayList<>(actors);
        more.add(Objects.requireNonNull(actor, "actor"));
        return new Explorer(start, more, invariants, maxBlocks, budget, strategy, seed, reorderReceipts, mayFail,
                deduplicate);
    }

    public Explorer invariant(Invariant invariant) {
        List<Invariant> more = new ArrayList<>(invariants);
        more.add(Objects.requireNonNull(invariant, "invariant"));
        return new Explorer(start, actors, more, maxBlocks, budget, strategy, seed, reorderReceipts, mayFail,
                deduplicate);
    }

    /**
     * The horizon: transactions are sent only before one of the first {@code blocks} blocks (steps left
     * after it are not taken); then the chain runs to rest, up to {@link #SETTLE_LIMIT} more blocks.
     */
    public Explorer maxBlocks(int blocks) {
        if (blocks < 1) {
            throw new IllegalArgumentException("maxBlocks must be at least 1, got " + blocks);
        }
        return new Explorer(start, actors, invariants, blocks, budget, strategy, seed, reorderReceipts, mayFail,
                deduplicate);
    }

    public Explorer budget(Budget newBudget) {
        return new Explorer(start, actors, invariants, maxBlocks, Objects.requireNonNull(newBudget), strategy, seed,
                reorderReceipts, mayFail, deduplicate);
    }

    public Explorer strategy(Strategy newStrategy) {
        return new Explorer(start, actors, invariants, maxBlocks, budget, Objects.requireNonNull(newStrategy), seed,
                reorderReceipts, mayFail, deduplicate);
    }

    /**
     * Visits the choices at each block in an order shuffled by {@code newSeed} instead of the natural
     * one: another path to a counterexample, the same result for the same seed.
     */
    public Explorer seed(long newSeed) {
        return new Explorer(start, actors, invariants, maxBlocks, budget, strategy, newSeed, reorderReceipts, mayFail,
                deduplicate);
    }

    /** Whether to vary the order of receipts due in one block on one contract (on by default). */
    public Explorer reorderReceipts(boolean reorder) {
        return new Explorer(start, actors, invariants, maxBlocks, budget, strategy, seed, reorder, mayFail,
                deduplicate);
    }

    /**
     * Lets calls of {@code method} on {@code receiver} fail: in every block where such calls are due the
     * search tries them failing (as if the contract panicked at once) and succeeding. For remote failures
     * the actors cannot cause.
     */
    public Explorer mayFail(AccountId receiver, String method) {
        return mayFail(receiver, method, InjectedFailure.PANIC);
    }

    /**
     * Lets calls of {@code method} on {@code receiver} fail in each of the {@code ways} given: in every
     * block where such calls are due the search tries them succeeding and failing in each way (a panic
     * before or after the call's writes, running out of gas, the account missing; see
     * {@link InjectedFailure} for NEAR's outcome of each).
     */
    public Explorer mayFail(AccountId receiver, String method, InjectedFailure... ways) {
        if (ways.length == 0) {
            throw new IllegalArgumentException("mayFail needs at least one way to fail");
        }
        List<FailedCall> more = new ArrayList<>(mayFail);
        for (InjectedFailure how : ways) {
            FailedCall call = new FailedCall(receiver, method, how);
            if (!more.contains(call)) {
                more.add(call);
            }
        }
        return new Explorer(start, actors, invariants, maxBlocks, budget, strategy, seed, reorderReceipts, more,
                deduplicate);
    }

    /**
     * Whether to skip a branch whose sandbox after a block is one already explored at the same depth
     * with the same steps left ({@link Sandbox#fingerprint()}: state and everything in flight, contents
     * included): its schedules from there are the ones already checked. On by default; the pruned
     * branches are counted in {@link Exploration#pruned()}.
     */
    public Explorer deduplicate(boolean skipSeenStates) {
        return new Explorer(start, actors, invariants, maxBlocks, budget, strategy, seed, reorderReceipts, mayFail,
                skipSeenStates);
    }

    public List<Actor> actors() {
        return actors;
    }

    public List<Invariant> invariants() {
        return invariants;
    }

    /** The calls declared with {@link #mayFail}. */
    public List<FailedCall> failingCalls() {
        return mayFail;
    }

    /** The horizon in blocks; see {@link #maxBlocks(int)}. */
    public int maxBlocks() {
        return maxBlocks;
    }

    /**
     * Runs the search: finds, minimises and replays the first counterexample, or exhausts the bound.
     *
     * @throws IllegalStateException without actors or invariants, or if an invariant does not hold in the
     *     starting sandbox
     */
    public Exploration explore() {
        if (actors.isEmpty()) {
            throw new IllegalStateException("Nothing to explore: add an actor");
        }
        if (invariants.isEmpty()) {
            throw new IllegalStateException("Nothing to check: add an invariant");
        }
        // an invariant already broken at the start would be "found" by every schedule, even an empty one
        Optional<Violation> broken = BlockStep.checkBlock(this, start, 0)
                .or(() -> start.isIdle() ? BlockStep.checkAtRest(this, start, 0) : Optional.empty());
        if (broken.isPresent()) {
            throw new IllegalStateException("'" + broken.get().invariant() + "' does not hold before any transaction: "
                    + broken.get().message());
        }
        return new Search(this).run();
    }

    /** Replays {@code schedule} from the starting sandbox: what a counterexample report is made from. */
    public Replay replay(Schedule schedule) {
        return Replay.run(this, schedule, true);
    }
}

package io.jnear.benchmarks;

import io.jnear.cli.explore.ExplorationScenario;
import io.jnear.cli.explore.WindowExploration;
import io.jnear.explorer.Counterexample;
import io.jnear.explorer.Exploration;
import io.jnear.explorer.Explorer;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The schedule explorer on the window sample ({@code ./jnear explore window}): every schedule of the
 * safe vault in its bound, scored in schedules per second; and the leaky vault's double spend, from the
 * start of the search to the minimised, replayed counterexample.
 */
// one exploration of the safe vault takes seconds, so iterations are long enough to hold several
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(value = 1, jvmArgsAppend = "-XX:+UseParallelGC")
@State(Scope.Benchmark)
public class ExplorerBenchmark {
    /** Schedules the safe vault's search checks; checked at set-up, since the score is per schedule. */
    static final int SAFE_VAULT_SCHEDULES = 857;
    /** The same bound without skipping states already explored: every schedule run to its end. */
    static final int SAFE_VAULT_SCHEDULES_WITHOUT_DEDUPLICATION = 24_444;

    private Explorer leaky;
    private Explorer safe;
    private Explorer safeWithoutDeduplication;

    @Setup(Level.Trial)
    public void setUp() {
        List<ExplorationScenario.Case> cases = new WindowExploration().cases();
        leaky = cases.get(0).explorer();
        safe = cases.get(1).explorer();
        Exploration check = safe.explore();
        if (!check.holdsInBound() || check.schedules() != SAFE_VAULT_SCHEDULES) {
            throw new IllegalStateException("The safe vault's bound changed: " + check
                    + "; update SAFE_VAULT_SCHEDULES");
        }
        safeWithoutDeduplication = safe.deduplicate(false);
        check = safeWithoutDeduplication.explore();
        if (!check.holdsInBound() || check.schedules() != SAFE_VAULT_SCHEDULES_WITHOUT_DEDUPLICATION) {
            throw new IllegalStateException("The safe vault's bound changed: " + check
                    + "; update SAFE_VAULT_SCHEDULES_WITHOUT_DEDUPLICATION");
        }
    }

    /** Time per schedule checked (schedules per second = 10^6 / score): the safe vault's bound per invocation. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @OperationsPerInvocation(SAFE_VAULT_SCHEDULES)
    public Exploration safeVaultSchedules() {
        return safe.explore();
    }

    /** The same, every schedule run to its end: the raw speed of the search, and what deduplication saves. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @OperationsPerInvocation(SAFE_VAULT_SCHEDULES_WITHOUT_DEDUPLICATION)
    public Exploration safeVaultSchedulesWithoutDeduplication() {
        return safeWithoutDeduplication.explore();
    }

    /** Time to the leaky vault's first counterexample, minimised and replayed for its report. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Counterexample leakyVaultCounterexample() {
        return leaky.explore().counterexample().orElseThrow();
    }
}

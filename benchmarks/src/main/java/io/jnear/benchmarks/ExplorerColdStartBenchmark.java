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
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The schedule explorer as a one-off run meets it ({@code ./jnear explore window}): the first search in a
 * fresh JVM (the leaky vault's counterexample, or the safe vault's whole bound), nothing warmed up but
 * the set-up (accounts, deployed vaults, deposits). One shot per fork, several forks; schedules per second = schedules checked / score.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 5, jvmArgsAppend = "-XX:+UseParallelGC")
@State(Scope.Benchmark)
public class ExplorerColdStartBenchmark {
    private Explorer leaky;
    private Explorer safe;
    private Explorer safeWithoutDeduplication;

    @Setup(Level.Trial)
    public void setUp() {
        List<ExplorationScenario.Case> cases = new WindowExploration().cases();
        leaky = cases.get(0).explorer();
        safe = cases.get(1).explorer();
        safeWithoutDeduplication = safe.deduplicate(false);
    }

    /** The leaky vault's double spend, found, minimised and replayed by the first search in a JVM. */
    @Benchmark
    public Counterexample firstLeakyVaultCounterexample() {
        return leaky.explore().counterexample().orElseThrow();
    }

    /** The first search of the safe vault's bound in a JVM, as {@code ./jnear explore window} runs it. */
    @Benchmark
    public Exploration firstSafeVaultSearch() {
        return safe.explore();
    }

    /** The same with C1 only, as {@code ./jnear explore} runs its JVM. */
    @Benchmark
    @Fork(value = 5, jvmArgsAppend = {"-XX:+UseParallelGC", "-XX:TieredStopAtLevel=1"})
    public Exploration firstSafeVaultSearchC1Only() {
        return safe.explore();
    }

    /** The same without skipping states already explored: every schedule run to its end, cold. */
    @Benchmark
    public Exploration firstSafeVaultSearchWithoutDeduplication() {
        return safeWithoutDeduplication.explore();
    }
}

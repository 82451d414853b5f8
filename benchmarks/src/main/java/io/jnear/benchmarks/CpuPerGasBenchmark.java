package io.jnear.benchmarks;

import io.jnear.benchmarks.contracts.Workloads;
import io.jnear.runtime.Account;
import io.jnear.runtime.ExecutionResult;
import io.jnear.runtime.Sandbox;
import io.jnear.runtime.outcome.ExecutionOutcome;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.Gas;
import io.jnear.sdk.NearToken;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * CPU time per unit of gas for a corpus of heavy-but-honest and adversarial contract calls: NEAR prices
 * 1 Tgas at about 1 ms of CPU, so a call that takes much more CPU per Tgas is work the sandbox does not
 * charge for. Each operation is one call with 300 Tgas attached (the adversarial ones run out of it);
 * the secondary results {@code cpuMillis} and {@code tgasBurnt} are summed over an iteration, and
 * {@code ./jnear bench} prints their ratio as ms per Tgas (target: ≤ 2 for every entry).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class CpuPerGasBenchmark {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** A workload as {@code method:argument}. */
    @Param({"sort_longs:200000", "big_integer_pow:200000", "big_integer_product:3000",
        "string_building:200000", "deep_recursion:200", "exception_storm:20000", "hash_map_fill:200000",
        "repeat_string:50000000", "long_range:1000000000", "sort_six_times:4000000",
        "index_of_needle:1000000", "string_equals:8000000", "list_contains:200000", "array_copy:4000000",
        "big_integer_add:8000000", "list_growth:100000000", "hex_parse:1000000", "base64_encode:1000000",
        "leading_zeros:10000000", "big_integer_parse:20000", "deep_exceptions:990"})
    public String workload;

    private Account alice;
    private AccountId contract;
    private String method;
    private String args;

    /** CPU time and gas of the calls of one iteration. */
    @AuxCounters(AuxCounters.Type.EVENTS)
    @State(Scope.Thread)
    public static class Cost {
        public double cpuMillis;
        public double tgasBurnt;

        @Setup(Level.Iteration)
        public void reset() {
            cpuMillis = 0;
            tgasBurnt = 0;
        }
    }

    @Setup(Level.Trial)
    public void setUp() {
        Sandbox sandbox = BenchmarkSandboxes.create(true);
        alice = sandbox.createAccount("alice.test.near", NearToken.near(1_000_000));
        contract = sandbox.deploy("workloads.test.near", Workloads.class).id();
        method = workload.substring(0, workload.indexOf(':'));
        args = "{\"n\":" + workload.substring(workload.indexOf(':') + 1) + "}";
    }

    @Benchmark
    public ExecutionResult<String> call(Cost cost) {
        long start = THREADS.getCurrentThreadCpuTime();
        ExecutionResult<String> r = alice.call(contract, method, args, NearToken.ZERO, Gas.tgas(300));
        cost.cpuMillis += (THREADS.getCurrentThreadCpuTime() - start) / 1e6;
        for (ExecutionOutcome o : r.receiptOutcomes()) {
            cost.tgasBurnt += o.gasBurnt() / 1e12;
        }
        return r;
    }
}

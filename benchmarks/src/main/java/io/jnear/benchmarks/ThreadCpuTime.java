package io.jnear.benchmarks;

import io.jnear.benchmarks.contracts.Workloads;
import io.jnear.runtime.Account;
import io.jnear.runtime.Sandbox;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.Gas;
import io.jnear.sdk.NearToken;
import io.jnear.wasm.vm.EngineThread;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * The CPU time one operation of a benchmark takes on its own thread, for a machine so shared that JMH's
 * wall-clock scores measure the load rather than the code: the thread's CPU time counts only the time it
 * ran. It calls the very benchmark methods JMH calls, in batches after a warm-up, and prints every
 * batch's nanoseconds per operation, the best and the median. It is no substitute for JMH on a quiet
 * machine (no forks, no blackhole, and cache misses caused by neighbours still count), only a steadier
 * comparison of two builds on a loaded one.
 *
 * <p>{@code meteringCost} compares the metered round trip with the unmetered one in one JVM: their
 * batches alternate, so both meet the same load and the same state of the JIT, and it prints the ratio
 * of the bests, of the medians, and the spread of the ratios of each pair of neighbouring batches, and
 * the difference of the bests. {@code callMeteringCost} does the same for a call that recurses 900 deep
 * ten times ({@code Workloads.deep_recursion}): 9,000 metered method calls, so the difference divided by
 * 9,000 is what metering adds to one call of a small contract method.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.jnear.benchmarks.ThreadCpuTime floor 100000 5
 * java -cp benchmarks/target/benchmarks.jar io.jnear.benchmarks.ThreadCpuTime roundTrip 30000 5
 * java -cp benchmarks/target/benchmarks.jar io.jnear.benchmarks.ThreadCpuTime roundTripUnmetered 30000 5
 * java -cp benchmarks/target/benchmarks.jar io.jnear.benchmarks.ThreadCpuTime meteringCost 20000 15
 * java -cp benchmarks/target/benchmarks.jar io.jnear.benchmarks.ThreadCpuTime callMeteringCost 200 15
 * java -Xmx8g -XX:+UseParallelGC -cp benchmarks/target/benchmarks.jar io.jnear.benchmarks.ThreadCpuTime \
 *     ftTransfer 30000 5 1000000
 * java -cp benchmarks/target/benchmarks.jar io.jnear.benchmarks.ThreadCpuTime wasmTokenFtTransfer 5000 5
 * java -cp benchmarks/target/benchmarks.jar io.jnear.benchmarks.ThreadCpuTime javaTokenFtTransfer 5000 5
 * java -cp benchmarks/target/benchmarks.jar io.jnear.benchmarks.ThreadCpuTime wasmInstantiateAndStorageRead 5000 5
 * </pre>
 *
 * <p>{@code --engine-thread} before the operation runs the set-up and the batches on a
 * {@link EngineThread}, where Wasm calls run without the hand-off to the Wasm runner's own threads.
 *
 * <p>Work an operation hands to other threads (a Wasm engine's own threads, say) is not on the calling
 * thread's clock, so each batch also reports the CPU time of the other Java threads and the wall-clock
 * time per operation.
 */
public final class ThreadCpuTime {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ThreadCpuTime() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length > 0 && args[0].equals("--engine-thread")) {
            String[] rest = Arrays.copyOfRange(args, 1, args.length);
            Thread engine = new EngineThread(() -> measure(rest), "thread-cpu-time");
            engine.start();
            engine.join();
        } else {
            measure(args);
        }
    }

    private static void measure(String[] args) {
        if (args.length < 3 || (args[0].equals("ftTransfer") != (args.length == 4))) {
            System.err.println("usage: ThreadCpuTime [--engine-thread] floor|roundTrip|roundTripUnmetered|transfer|meteringCost"
                    + "|callMeteringCost"
                    + "|ftTransfer|wasmTokenFtTransfer|javaTokenFtTransfer|wasmInstantiateAndStorageRead"
                    + " <batch> <batches> [<accounts>, for ftTransfer]");
            System.exit(2);
        }
        int batch = Integer.parseInt(args[1]);
        int batches = Integer.parseInt(args[2]);
        if (args[0].equals("meteringCost")) {
            compare("round trip", roundTrip(true), roundTrip(false), batch, batches);
            return;
        }
        if (args[0].equals("callMeteringCost")) {
            compare("recursion", deepRecursion(true), deepRecursion(false), batch, batches);
            return;
        }
        Runnable operation = operation(args);
        warmUp(operation, batch);
        long[] perOperation = new long[batches];
        long[] others = new long[batches];
        long[] walls = new long[batches];
        for (int b = 0; b < batches; b++) {
            long othersStart = otherThreadsCpu();
            long wallStart = System.nanoTime();
            perOperation[b] = measure(operation, batch);
            walls[b] = (System.nanoTime() - wallStart) / batch;
            others[b] = (otherThreadsCpu() - othersStart) / batch;
        }
        System.out.printf(Locale.ROOT, "%s: CPU per operation %s ns; best %,d ns; median %,d ns%n",
                String.join(" ", args), joined(perOperation), best(perOperation), median(perOperation));
        System.out.printf(Locale.ROOT, "  other threads' CPU per operation %s ns; wall clock per operation %s ns%n",
                joined(others), joined(walls));
    }

    /**
     * Alternates batches of {@code metered} and {@code unmetered} (which goes first swaps every pair, so
     * neither always follows the other) and prints both, their ratios and the difference of their bests.
     */
    private static void compare(String what, Runnable metered, Runnable unmetered, int batch, int batches) {
        // warmed up alternately too, so each JIT compiles what both run before either is measured
        for (int i = 0; i < 5; i++) {
            measure(metered, batch);
            measure(unmetered, batch);
        }
        long[] a = new long[batches];
        long[] b = new long[batches];
        double[] ratios = new double[batches];
        for (int i = 0; i < batches; i++) {
            if (i % 2 == 0) {
                a[i] = measure(metered, batch);
                b[i] = measure(unmetered, batch);
            } else {
                b[i] = measure(unmetered, batch);
                a[i] = measure(metered, batch);
            }
            ratios[i] = (double) a[i] / b[i];
        }
        double[] sorted = ratios.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "metered %s:   CPU per operation %s ns; best %,d ns; median %,d ns%n",
                what, joined(a), best(a), median(a));
        System.out.printf(Locale.ROOT, "unmetered %s: CPU per operation %s ns; best %,d ns; median %,d ns%n",
                what, joined(b), best(b), median(b));
        System.out.printf(Locale.ROOT, "metered / unmetered: best %.3f, median %.3f; per pair min %.3f, median %.3f,"
                        + " max %.3f%n", (double) best(a) / best(b), (double) median(a) / median(b), sorted[0],
                sorted[batches / 2], sorted[batches - 1]);
        System.out.printf(Locale.ROOT, "metered - unmetered: best %,d ns%n", best(a) - best(b));
    }

    private static void warmUp(Runnable operation, int batch) {
        for (int i = 0; i < 3 * batch; i++) {
            operation.run();
        }
    }

    /** CPU time of every live Java thread but this one (threads that ended meanwhile drop out). */
    private static long otherThreadsCpu() {
        long self = Thread.currentThread().getId();
        long total = 0;
        for (long id : THREADS.getAllThreadIds()) {
            long cpu = id == self ? -1 : THREADS.getThreadCpuTime(id);
            total += Math.max(cpu, 0);
        }
        return total;
    }

    /** One batch: the thread's CPU nanoseconds per operation. */
    private static long measure(Runnable operation, int batch) {
        long start = THREADS.getCurrentThreadCpuTime();
        for (int i = 0; i < batch; i++) {
            operation.run();
        }
        return (THREADS.getCurrentThreadCpuTime() - start) / batch;
    }

    private static String joined(long[] values) {
        StringBuilder each = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            each.append(i == 0 ? "" : " / ").append(String.format(Locale.ROOT, "%,d", values[i]));
        }
        return each.toString();
    }

    private static long best(long[] values) {
        return Arrays.stream(values).min().orElseThrow();
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static Runnable roundTrip(boolean metered) {
        RoundTripBenchmark benchmark = new RoundTripBenchmark();
        if (metered) {
            RoundTripBenchmark.MeteredChain chain = new RoundTripBenchmark.MeteredChain();
            chain.setUp();
            return () -> benchmark.crossContractRoundTrip(chain);
        }
        RoundTripBenchmark.UnmeteredChain chain = new RoundTripBenchmark.UnmeteredChain();
        chain.setUp();
        return () -> benchmark.crossContractRoundTripUnmetered(chain);
    }

    /** A call of {@code Workloads.deep_recursion} with n = 10: 9,000 calls of a small contract method. */
    private static Runnable deepRecursion(boolean metered) {
        Sandbox sandbox = BenchmarkSandboxes.create(metered);
        Account alice = sandbox.createAccount("alice.test.near", NearToken.near(1_000_000));
        AccountId contract = sandbox.deploy("workloads.test.near", Workloads.class).id();
        return () -> alice.call(contract, "deep_recursion", "{\"n\":10}", NearToken.ZERO, Gas.tgas(300)).value();
    }

    private static Runnable operation(String[] args) {
        switch (args[0]) {
            case "floor" -> {
                RoundTripBenchmark benchmark = new RoundTripBenchmark();
                RoundTripBenchmark.Floor floor = new RoundTripBenchmark.Floor();
                floor.setUp();
                return () -> benchmark.floor(floor);
            }
            case "roundTrip" -> {
                return roundTrip(true);
            }
            case "roundTripUnmetered" -> {
                return roundTrip(false);
            }
            case "transfer" -> {
                RoundTripBenchmark benchmark = new RoundTripBenchmark();
                RoundTripBenchmark.MeteredChain chain = new RoundTripBenchmark.MeteredChain();
                chain.setUp();
                return () -> benchmark.transfer(chain);
            }
            case "ftTransfer" -> {
                FungibleTokenBenchmark benchmark = new FungibleTokenBenchmark();
                benchmark.accounts = Integer.parseInt(args[3]);
                benchmark.setUp();
                return benchmark::ftTransfer;
            }
            case "wasmTokenFtTransfer", "javaTokenFtTransfer", "wasmInstantiateAndStorageRead" -> {
                WasmBenchmark benchmark = new WasmBenchmark();
                WasmBenchmark.Tokens tokens = new WasmBenchmark.Tokens();
                tokens.setUp();
                return switch (args[0]) {
                    case "wasmTokenFtTransfer" -> () -> benchmark.wasmTokenFtTransfer(tokens);
                    case "javaTokenFtTransfer" -> () -> benchmark.javaTokenFtTransfer(tokens);
                    default -> () -> benchmark.wasmInstantiateAndStorageRead(tokens);
                };
            }
            default -> throw new IllegalArgumentException("Unknown operation " + args[0]
                    + ": floor, roundTrip, roundTripUnmetered, transfer, meteringCost, ftTransfer, wasmTokenFtTransfer,"
                    + " javaTokenFtTransfer or wasmInstantiateAndStorageRead");
        }
    }
}

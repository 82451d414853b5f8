package io.jnear.benchmarks;

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
 * of the bests, of the medians, and the spread of the ratios of each pair of neighbouring batches.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.jnear.benchmarks.ThreadCpuTime floor 100000 5
 * java -cp benchmarks/target/benchmarks.jar io.jnear.benchmarks.ThreadCpuTime roundTrip 30000 5
 * java -cp benchmarks/target/benchmarks.jar io.jnear.benchmarks.ThreadCpuTime roundTripUnmetered 30000 5
 * java -cp benchmarks/target/benchmarks.jar io.jnear.benchmarks.ThreadCpuTime meteringCost 20000 15
 * java -Xmx8g -XX:+UseParallelGC -cp benchmarks/target/benchmarks.jar io.jnear.benchmarks.ThreadCpuTime \
 *     ftTransfer 30000 5 1000000
 * </pre>
 */
public final class ThreadCpuTime {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ThreadCpuTime() {
    }

    public static void main(String[] args) {
        if (args.length < 3 || (args[0].equals("ftTransfer") != (args.length == 4))) {
            System.err.println("usage: ThreadCpuTime floor|roundTrip|roundTripUnmetered|meteringCost|ftTransfer"
                    + " <batch> <batches> [<accounts>]");
            System.exit(2);
        }
        int batch = Integer.parseInt(args[1]);
        int batches = Integer.parseInt(args[2]);
        if (args[0].equals("meteringCost")) {
            compare(roundTrip(true), roundTrip(false), batch, batches);
            return;
        }
        Runnable operation = operation(args);
        warmUp(operation, batch);
        long[] perOperation = new long[batches];
        for (int b = 0; b < batches; b++) {
            perOperation[b] = measure(operation, batch);
        }
        System.out.printf(Locale.ROOT, "%s: CPU per operation %s ns; best %,d ns; median %,d ns%n",
                String.join(" ", args), joined(perOperation), best(perOperation), median(perOperation));
    }

    /**
     * Alternates batches of {@code metered} and {@code unmetered} (which goes first swaps every pair, so
     * neither always follows the other) and prints both and their ratios.
     */
    private static void compare(Runnable metered, Runnable unmetered, int batch, int batches) {
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
        System.out.printf(Locale.ROOT, "metered round trip:   CPU per operation %s ns; best %,d ns; median %,d ns%n",
                joined(a), best(a), median(a));
        System.out.printf(Locale.ROOT, "unmetered round trip: CPU per operation %s ns; best %,d ns; median %,d ns%n",
                joined(b), best(b), median(b));
        System.out.printf(Locale.ROOT, "metered / unmetered: best %.3f, median %.3f; per pair min %.3f, median %.3f,"
                        + " max %.3f%n", (double) best(a) / best(b), (double) median(a) / median(b), sorted[0],
                sorted[batches / 2], sorted[batches - 1]);
    }

    private static void warmUp(Runnable operation, int batch) {
        for (int i = 0; i < 3 * batch; i++) {
            operation.run();
        }
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
            case "ftTransfer" -> {
                FungibleTokenBenchmark benchmark = new FungibleTokenBenchmark();
                benchmark.accounts = Integer.parseInt(args[3]);
                benchmark.setUp();
                return benchmark::ftTransfer;
            }
            default -> throw new IllegalArgumentException("Unknown operation " + args[0]
                    + ": floor, roundTrip, roundTripUnmetered, meteringCost or ftTransfer");
        }
    }
}

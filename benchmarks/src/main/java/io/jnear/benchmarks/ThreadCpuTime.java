package io.jnear.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * The CPU time one operation of a benchmark takes on its own thread, for a machine so shared that JMH's
 * wall-clock scores measure the load rather than the code: the thread's CPU time counts only the time it
 * ran. It calls the very benchmark methods JMH calls, in batches after a warm-up, and prints every
 * batch's nanoseconds per operation and the best. It is no substitute for JMH on a quiet machine (no
 * forks, no blackhole, and cache misses caused by neighbours still count), only a steadier comparison of
 * two builds on a loaded one.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.jnear.benchmarks.ThreadCpuTime floor 100000 5
 * java -cp benchmarks/target/benchmarks.jar io.jnear.benchmarks.ThreadCpuTime roundTrip 30000 5
 * java -Xmx8g -XX:+UseParallelGC -cp benchmarks/target/benchmarks.jar io.jnear.benchmarks.ThreadCpuTime \
 *     ftTransfer 30000 5 1000000
 * </pre>
 */
public final class ThreadCpuTime {
    private ThreadCpuTime() {
    }

    public static void main(String[] args) {
        if (args.length < 3 || (args[0].equals("ftTransfer") != (args.length == 4))) {
            System.err.println("usage: ThreadCpuTime floor|roundTrip|ftTransfer <batch> <batches> [<accounts>]");
            System.exit(2);
        }
        Runnable operation = operation(args);
        int batch = Integer.parseInt(args[1]);
        int batches = Integer.parseInt(args[2]);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 3 * batch; i++) {
            operation.run();
        }
        long best = Long.MAX_VALUE;
        StringBuilder each = new StringBuilder();
        for (int b = 0; b < batches; b++) {
            long start = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < batch; i++) {
                operation.run();
            }
            long perOperation = (threads.getCurrentThreadCpuTime() - start) / batch;
            best = Math.min(best, perOperation);
            each.append(b == 0 ? "" : " / ").append(String.format(Locale.ROOT, "%,d", perOperation));
        }
        System.out.printf(Locale.ROOT, "%s: CPU per operation %s ns; best %,d ns%n", String.join(" ", args), each,
                best);
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
                RoundTripBenchmark benchmark = new RoundTripBenchmark();
                RoundTripBenchmark.MeteredChain chain = new RoundTripBenchmark.MeteredChain();
                chain.setUp();
                return () -> benchmark.crossContractRoundTrip(chain);
            }
            case "ftTransfer" -> {
                FungibleTokenBenchmark benchmark = new FungibleTokenBenchmark();
                benchmark.accounts = Integer.parseInt(args[3]);
                benchmark.setUp();
                return benchmark::ftTransfer;
            }
            default -> throw new IllegalArgumentException("Unknown operation " + args[0]
                    + ": floor, roundTrip or ftTransfer");
        }
    }
}

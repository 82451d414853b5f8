package io.jnear.benchmarks;

import io.jnear.wasm.vm.EngineThread;
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
    private ThreadCpuTime() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length > 0 && args[0].equals("--engine-thread")) {
            String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
            Thread engine = new EngineThread(() -> measure(rest), "thread-cpu-time");
            engine.start();
            engine.join();
        } else {
            measure(args);
        }
    }

    private static void measure(String[] args) {
        if (args.length < 3 || (args[0].equals("ftTransfer") != (args.length == 4))) {
            System.err.println("usage: ThreadCpuTime [--engine-thread] floor|roundTrip|ftTransfer|wasmTokenFtTransfer|javaTokenFtTransfer"
                    + "|wasmInstantiateAndStorageRead <batch> <batches> [<accounts>, for ftTransfer]");
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
        StringBuilder others = new StringBuilder();
        StringBuilder walls = new StringBuilder();
        for (int b = 0; b < batches; b++) {
            long othersStart = otherThreadsCpu(threads);
            long wallStart = System.nanoTime();
            long start = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < batch; i++) {
                operation.run();
            }
            long perOperation = (threads.getCurrentThreadCpuTime() - start) / batch;
            long wall = (System.nanoTime() - wallStart) / batch;
            long other = (otherThreadsCpu(threads) - othersStart) / batch;
            best = Math.min(best, perOperation);
            String separator = b == 0 ? "" : " / ";
            each.append(separator).append(String.format(Locale.ROOT, "%,d", perOperation));
            others.append(separator).append(String.format(Locale.ROOT, "%,d", other));
            walls.append(separator).append(String.format(Locale.ROOT, "%,d", wall));
        }
        System.out.printf(Locale.ROOT, "%s: CPU per operation %s ns; best %,d ns%n", String.join(" ", args), each,
                best);
        System.out.printf(Locale.ROOT, "  other threads' CPU per operation %s ns; wall clock per operation %s ns%n",
                others, walls);
    }

    /** CPU time of every live Java thread but this one (threads that ended meanwhile drop out). */
    private static long otherThreadsCpu(ThreadMXBean threads) {
        long self = Thread.currentThread().getId();
        long total = 0;
        for (long id : threads.getAllThreadIds()) {
            long cpu = id == self ? -1 : threads.getThreadCpuTime(id);
            total += Math.max(cpu, 0);
        }
        return total;
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
                    + ": floor, roundTrip, ftTransfer, wasmTokenFtTransfer, javaTokenFtTransfer or"
                    + " wasmInstantiateAndStorageRead");
        }
    }
}

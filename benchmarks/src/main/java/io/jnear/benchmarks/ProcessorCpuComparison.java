package io.jnear.benchmarks;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.annotation.processing.Processor;

/**
 * {@link ProcessorBenchmark}'s compilation of its 100 contracts, timed by the thread CPU time of javac with
 * the processors of several builds of jnear in one JVM, interleaved, so that a change to the processor is
 * compared with its base under the same load. Each build is a checkout whose {@code annotations},
 * {@code sdk} and {@code processor} modules are built ({@code mvn -pl processor,sdk -am package}): its
 * processor is loaded from there in a class loader of its own (its classes first), and the contracts and
 * the sources it generates compile against its own annotations and SDK. Javac without any processor is
 * timed in the same rounds, so what the processor adds (with minus without) is printed too. The order of
 * the builds alternates from round to round. Thread CPU leaves out the collector's and the JIT's threads.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.jnear.benchmarks.ProcessorCpuComparison 5 30 base=../base now=.
 * </pre>
 * (5 warm-up rounds, 30 measured rounds, then the builds, each {@code label=checkout}).
 */
public final class ProcessorCpuComparison {
    private ProcessorCpuComparison() {
    }

    private record Build(String label, ClassLoader processors, String classpath) {
        Processor processor() {
            try {
                return (Processor) processors.loadClass("io.jnear.processor.JnearProcessor").getConstructor()
                        .newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("no jnear processor in " + label, e);
            }
        }
    }

    public static void main(String[] args) {
        if (args.length < 3) {
            System.err.println("usage: ProcessorCpuComparison <warm-up rounds> <rounds> <label>=<checkout>...");
            System.exit(2);
        }
        int warmUp = Integer.parseInt(args[0]);
        int rounds = Integer.parseInt(args[1]);
        List<Build> builds = new ArrayList<>();
        for (String arg : Arrays.asList(args).subList(2, args.length)) {
            int eq = arg.indexOf('=');
            builds.add(build(arg.substring(0, eq), Path.of(arg.substring(eq + 1)).toAbsolutePath().normalize()));
        }
        ProcessorBenchmark benchmark = new ProcessorBenchmark();
        benchmark.setUp();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[][] with = new long[builds.size()][rounds];
        long[] without = new long[rounds];
        for (int round = -warmUp; round < rounds; round++) {
            for (int k = 0; k < builds.size(); k++) {
                int b = round % 2 == 0 ? k : builds.size() - 1 - k;
                Build build = builds.get(b);
                long start = threads.getCurrentThreadCpuTime();
                benchmark.compileAgainst(build.classpath(), benchmark.withStubs, List.of(build.processor()));
                long cpu = threads.getCurrentThreadCpuTime() - start;
                if (round >= 0) {
                    with[b][round] = cpu;
                }
            }
            long start = threads.getCurrentThreadCpuTime();
            benchmark.compileAgainst(builds.get(0).classpath(), benchmark.plain, List.of(), "-proc:none");
            if (round >= 0) {
                without[round] = threads.getCurrentThreadCpuTime() - start;
            }
        }
        System.out.printf(Locale.ROOT, "javac without processor: best %.1f ms, median %.1f ms%n", best(without) / 1e6,
                median(without) / 1e6);
        for (int b = 0; b < builds.size(); b++) {
            long[] added = new long[rounds];
            for (int r = 0; r < rounds; r++) {
                added[r] = with[b][r] - without[r];
            }
            System.out.printf(Locale.ROOT, "%s: javac with processor best %.1f ms, median %.1f ms; "
                            + "processor's part best %.1f ms, median %.1f ms (%.2f ms per contract)%n",
                    builds.get(b).label(), best(with[b]) / 1e6, median(with[b]) / 1e6, best(added) / 1e6,
                    median(added) / 1e6, median(added) / 1e6 / ProcessorBenchmark.CONTRACTS);
        }
        for (int b = 1; b < builds.size(); b++) {
            long[] ratios = new long[rounds];
            for (int r = 0; r < rounds; r++) {
                ratios[r] = Math.round(1e6 * (with[b][r] - without[r]) / (double) (with[0][r] - without[r]));
            }
            long[] sorted = ratios.clone();
            Arrays.sort(sorted);
            System.out.printf(Locale.ROOT, "%s / %s, processor's part: median of the rounds' ratios %.3f "
                            + "(quartiles %.3f to %.3f); javac with processor: best %.3f, median %.3f%n",
                    builds.get(b).label(), builds.get(0).label(), median(ratios) / 1e6, sorted[rounds / 4] / 1e6,
                    sorted[(3 * rounds) / 4] / 1e6, best(with[b]) / (double) best(with[0]),
                    median(with[b]) / (double) median(with[0]));
        }
    }

    private static Build build(String label, Path checkout) {
        Path annotations = checkout.resolve("annotations/target/classes");
        Path sdk = checkout.resolve("sdk/target/classes");
        Path processor = checkout.resolve("processor/target/classes");
        try {
            URL[] urls = {processor.toUri().toURL(), annotations.toUri().toURL()};
            return new Build(label, new OwnClassesFirst(urls, ProcessorCpuComparison.class.getClassLoader()),
                    annotations + File.pathSeparator + sdk);
        } catch (MalformedURLException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }

    private static long best(long[] values) {
        return Arrays.stream(values).min().orElseThrow();
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    /** Loads a class or resource from its own URLs before its parent's: one build's processor and list. */
    private static final class OwnClassesFirst extends URLClassLoader {
        OwnClassesFirst(URL[] urls, ClassLoader parent) {
            super(urls, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null && (name.startsWith("io.jnear.processor.") || name.startsWith("io.jnear.annotations."))) {
                    try {
                        c = findClass(name);
                    } catch (ClassNotFoundException e) {
                        c = null;
                    }
                }
                if (c == null) {
                    c = super.loadClass(name, false);
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }

        @Override
        public URL getResource(String name) {
            URL own = findResource(name);
            return own != null ? own : super.getResource(name);
        }
    }
}

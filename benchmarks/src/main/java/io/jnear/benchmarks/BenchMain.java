package io.jnear.benchmarks;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * {@code ./jnear bench}: runs the benchmarks with JMH and prints one table with the ratios the project
 * tracks. {@code --short} (the default) takes about two minutes: short iterations and the extreme
 * parameters only. {@code --full} uses the iterations and parameters declared on the benchmarks. Any
 * other argument is a regular expression selecting benchmarks.
 */
public final class BenchMain {
    private BenchMain() {
    }

    public static void main(String[] args) throws RunnerException, IOException {
        boolean full = false;
        List<String> include = new ArrayList<>();
        for (String a : args) {
            if (a.equals("--full")) {
                full = true;
            } else if (a.equals("--short")) {
                full = false;
            } else if (a.startsWith("-")) {
                // any other option is JMH's own (-h, -wi, -prof …): the whole command line is JMH's
                org.openjdk.jmh.Main.main(args);
                return;
            } else {
                include.add(a);
            }
        }
        ChainedOptionsBuilder options = new OptionsBuilder().shouldFailOnError(true);
        if (include.isEmpty()) {
            options.include("io\\.jnear\\.benchmarks\\..*");
        } else {
            include.forEach(options::include);
        }
        if (!full) {
            options.warmupIterations(2).warmupTime(TimeValue.seconds(1))
                    .measurementIterations(3).measurementTime(TimeValue.seconds(1)).forks(1)
                    .param("n", "1", "32", "128")
                    .param("accounts", "1000", "1000000");
        }
        System.out.println("jnear bench (" + (full ? "full" : "short") + " profile) on "
                + Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("java.vm.name") + " "
                + System.getProperty("java.version"));
        Collection<RunResult> results = new Runner(options.build()).run();
        System.out.println();
        System.out.print(table(results));
    }

    static String table(Collection<RunResult> results) {
        Map<String, Double> score = new LinkedHashMap<>();
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-46s %-16s %14s  %s%n", "benchmark", "params", "score", "unit"));
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            name = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
            StringBuilder params = new StringBuilder();
            for (String key : r.getParams().getParamsKeys()) {
                params.append(key).append('=').append(r.getParams().getParam(key)).append(' ');
            }
            double value = r.getPrimaryResult().getScore();
            score.put(name + " " + params.toString().trim(), value);
            out.append(String.format(Locale.ROOT, "%-46s %-16s %,14.1f  %s%n", name, params.toString().trim(), value,
                    r.getPrimaryResult().getScoreUnit()));
        }
        out.append('\n');
        cpuPerGas(out, results);
        ratio(out, score, "round trip vs floor (floor / round trip, target <= 2x)",
                "RoundTripBenchmark.floor ", "RoundTripBenchmark.crossContractRoundTrip ");
        ratio(out, score, "a plain transfer vs floor (floor / transfer: no contract code at all)",
                "RoundTripBenchmark.floor ", "RoundTripBenchmark.transfer ");
        ratio(out, score, "metering cost (unmetered / metered throughput, target <= 1.1x)",
                "RoundTripBenchmark.crossContractRoundTripUnmetered ", "RoundTripBenchmark.crossContractRoundTrip ");
        spread(out, score, "FungibleTokenBenchmark.ftTransfer ", "ft_transfer spread across account counts (max/min, target <= 1.5x)");
        spread(out, score, "FungibleTokenBenchmark.ftTransferCall ", "ft_transfer_call spread (max/min)");
        perPromise(out, score, "PromiseFanoutBenchmark.join ");
        perPromise(out, score, "PromiseFanoutBenchmark.chain ");
        ratio(out, score, "processor (javac with / without, target <= 2x)",
                "ProcessorBenchmark.javacWithProcessor ", "ProcessorBenchmark.javacWithoutProcessor ");
        return out.toString();
    }

    /** CPU milliseconds per Tgas of each workload of {@link CpuPerGasBenchmark}: NEAR's calibration is about 1. */
    private static void cpuPerGas(StringBuilder out, Collection<RunResult> results) {
        for (RunResult r : results) {
            var secondary = r.getSecondaryResults();
            if (!r.getParams().getBenchmark().endsWith("CpuPerGasBenchmark.call") || !secondary.containsKey("cpuMillis")) {
                continue;
            }
            double cpuMs = secondary.get("cpuMillis").getScore();
            double tgas = secondary.get("tgasBurnt").getScore();
            out.append(String.format(Locale.ROOT, "%-70s %6.2f ms per Tgas%n",
                    "CPU per gas, " + r.getParams().getParam("workload") + " (target <= 2)", cpuMs / tgas));
        }
    }

    private static void ratio(StringBuilder out, Map<String, Double> score, String label, String a, String b) {
        Double x = find(score, a);
        Double y = find(score, b);
        if (x != null && y != null) {
            out.append(String.format(Locale.ROOT, "%-70s %6.2fx%n", label, x / y));
        }
    }

    private static void spread(StringBuilder out, Map<String, Double> score, String prefix, String label) {
        double min = Double.MAX_VALUE;
        double max = 0;
        for (Map.Entry<String, Double> e : score.entrySet()) {
            if (e.getKey().startsWith(prefix)) {
                min = Math.min(min, e.getValue());
                max = Math.max(max, e.getValue());
            }
        }
        if (max > 0) {
            out.append(String.format(Locale.ROOT, "%-70s %6.2fx%n", label, max / min));
        }
    }

    private static void perPromise(StringBuilder out, Map<String, Double> score, String prefix) {
        StringBuilder line = new StringBuilder();
        for (Map.Entry<String, Double> e : score.entrySet()) {
            if (e.getKey().startsWith(prefix)) {
                int n = Integer.parseInt(e.getKey().replaceAll(".*n=(\\d+).*", "$1"));
                line.append(String.format(Locale.ROOT, " n=%d: %.1f", n, e.getValue() / n));
            }
        }
        if (line.length() > 0) {
            out.append(String.format(Locale.ROOT, "%-46s%s (us per promise)%n",
                    prefix.trim().substring(prefix.indexOf('.') + 1) + " cost per promise", line));
        }
    }

    private static Double find(Map<String, Double> score, String prefix) {
        for (Map.Entry<String, Double> e : score.entrySet()) {
            if (e.getKey().startsWith(prefix)) {
                return e.getValue();
            }
        }
        return null;
    }
}

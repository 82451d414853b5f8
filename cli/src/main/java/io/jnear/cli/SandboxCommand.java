package io.jnear.cli;

import io.jnear.server.SandboxServer;
import io.jnear.server.node.BlockProduction;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * {@code jnear sandbox [--port 3030] [--home DIR] [--block-time MS|--on-demand] [--state-history BLOCKS]}:
 * serves NEAR's JSON-RPC until interrupted, then saves the state to the home directory if one was given.
 */
final class SandboxCommand {
    private SandboxCommand() {
    }

    /** Parses the options; throws {@link Main.UsageException} on bad input. */
    static SandboxServer.Options parse(List<String> args) {
        SandboxServer.Options options = SandboxServer.Options.defaults();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--port" -> options = options.withPort(number(a, value(args, ++i, a), 0, 65_535));
                case "--home" -> options = options.withHome(Path.of(value(args, ++i, a)));
                case "--block-time" -> options = options.withProduction(
                        new BlockProduction.Timed(number(a, value(args, ++i, a), 1, 3_600_000)));
                case "--on-demand" -> options = options.withProduction(new BlockProduction.OnDemand());
                case "--state-history" -> options = options.withStateHistory(number(a, value(args, ++i, a), 0, 1_000_000));
                default -> throw new Main.UsageException("unknown option '" + a + "' for sandbox");
            }
        }
        return options;
    }

    static int run(List<String> args, PrintStream out) throws IOException, InterruptedException {
        SandboxServer.Options options = parse(args);
        SandboxServer server = SandboxServer.start(options);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "jnear-sandbox-shutdown"));
        out.println("jnear sandbox: NEAR JSON-RPC at " + server.url());
        out.println("  genesis account: " + server.rootAccount());
        out.println("  key file:        " + server.keyFile());
        out.println("  blocks:          " + (options.production() instanceof BlockProduction.Timed t
                ? "every " + t.millis() + " ms" : "on demand (each transaction runs to the end at once)"));
        out.println("  state:           " + (options.home() == null ? "in memory only"
                : "saved to " + options.home() + " on exit") + "; queries answer for the last "
                + options.stateHistory() + " blocks");
        out.println("Press Ctrl-C to stop.");
        out.flush();
        stopped.await();
        return 0;
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size() || args.get(i).startsWith("--")) {
            throw new Main.UsageException(option + " needs a value");
        }
        return args.get(i);
    }

    private static int number(String option, String text, int min, int max) {
        try {
            int n = Integer.parseInt(text);
            if (n < min || n > max) {
                throw new Main.UsageException(option + " must be between " + min + " and " + max + ", got " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new Main.UsageException(option + " needs a number, got '" + text + "'");
        }
    }
}

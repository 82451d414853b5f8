package io.jnear.cli;

import io.jnear.runtime.Sandbox;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code jnear <command>}: {@code demo} lists the scenarios, {@code demo <name>} runs one and prints each
 * transaction as a receipt tree; {@code abi <class>} prints a contract's ABI. Bad input gets one line
 * on stderr and exit code 2, never a stack trace.
 */
public final class Main {
    static final String USAGE = """
            usage: jnear demo                       list the demo scenarios
                   jnear demo <name> [--json] [--color|--no-color]
                                                    run one and print every transaction as a receipt tree
                   jnear abi <contract class>       print the ABI the processor generated for a contract
                   jnear help                       this text""";

    private final PrintStream out;
    private final PrintStream err;

    Main(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(new Main(System.out, System.err).run(args));
    }

    /** Runs the command; returns the process exit code. */
    int run(String[] args) {
        try {
            if (args.length == 0 || args[0].equals("help") || args[0].equals("--help") || args[0].equals("-h")) {
                out.println(USAGE);
                return 0;
            }
            return switch (args[0]) {
                case "demo" -> demo(List.of(args).subList(1, args.length));
                case "abi" -> abi(List.of(args).subList(1, args.length));
                default -> usageError("unknown command '" + args[0] + "'");
            };
        } catch (UsageException e) {
            return usageError(e.getMessage());
        } catch (RuntimeException e) {
            err.println("jnear: " + e.getMessage());
            return 1;
        }
    }

    private int usageError(String message) {
        err.println("jnear: " + message + " (run 'jnear help' for usage)");
        return 2;
    }

    private int demo(List<String> args) {
        List<String> names = new ArrayList<>();
        boolean json = false;
        Boolean colour = null;
        for (String a : args) {
            switch (a) {
                case "--json" -> json = true;
                case "--color", "--colour" -> colour = true;
                case "--no-color", "--no-colour" -> colour = false;
                default -> {
                    if (a.startsWith("-")) {
                        throw new UsageException("unknown option '" + a + "'");
                    }
                    names.add(a);
                }
            }
        }
        if (names.isEmpty()) {
            out.println("Demo scenarios (run one with: ./jnear demo <name>):");
            for (Scenario s : Scenarios.all()) {
                out.printf("  %-12s %s%n", s.name(), s.summary());
            }
            return 0;
        }
        if (names.size() > 1) {
            throw new UsageException("one scenario at a time, got " + names);
        }
        Optional<Scenario> scenario = Scenarios.find(names.get(0));
        if (scenario.isEmpty()) {
            throw new UsageException("unknown scenario '" + names.get(0) + "'; the scenarios are "
                    + Scenarios.names());
        }
        boolean useColour = colour != null ? colour : TextNarrator.terminalSupportsColour();
        Narrator narrator = json ? new JsonNarrator(out) : new TextNarrator(out, useColour);
        scenario.get().run(Sandbox.create(), narrator);
        if (narrator instanceof JsonNarrator j) {
            j.finish();
        }
        return 0;
    }

    private int abi(List<String> args) {
        if (args.size() != 1) {
            throw new UsageException("abi takes one contract class name");
        }
        Class<?> type;
        try {
            type = Class.forName(args.get(0));
        } catch (ClassNotFoundException e) {
            throw new UsageException("no class '" + args.get(0) + "' on the class path");
        }
        String resource = io.jnear.sdk.spi.ContractCode.abiResourceOf(type);
        try (var in = type.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new UsageException(type.getName() + " has no generated ABI: is it a @Contract compiled with "
                        + "the jnear processor?");
            }
            out.println(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            return 0;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Bad input from the user: reported in one line with exit code 2. */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}

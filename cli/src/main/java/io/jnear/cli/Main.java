package io.jnear.cli;

import io.jnear.cli.scaffold.ProjectScaffold;
import io.jnear.cli.scaffold.ScaffoldRefusedException;
import io.jnear.cli.scaffold.ScaffoldVersions;
import io.jnear.cli.svg.TraceSvg;
import io.jnear.runtime.Sandbox;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code jnear <command>}: {@code demo} lists the scenarios, {@code demo <name>} runs one and prints each
 * transaction as a receipt tree (and with {@code --svg <file>} draws it); {@code explore <name>} searches
 * a sample's schedules for a counterexample ({@link ExploreCommand}); {@code abi <class>} prints a
 * contract's ABI; {@code new <dir>} creates a Maven project for a user's own contract.
 *
 * <p>Bad input gets one line on stderr and exit code 2, never a stack trace. That includes paths refused
 * before anything runs or is written: an {@code --svg} file that is a directory or lies in a missing or
 * read-only directory, a {@code new} directory that is not empty. A write that fails anyway (disk full, a
 * race) is an I/O failure: one line, exit code 1, and nothing half-written is left.
 */
public final class Main {
    static final String USAGE = """
            usage: jnear demo                       list the demo scenarios
                   jnear demo <name> [--json] [--color|--no-color] [--svg <file>]
                                                    run one and print every transaction as a receipt tree;
                                                    --svg also draws the run: lanes of accounts, blocks
                                                    left to right, arrows for receipts and callback data
                   jnear explore                    list the schedule explorations
                   jnear explore <name> [--svg <file>]
                                                    search the schedules NEAR allows for one that breaks
                                                    an invariant; print it minimised, as receipt trees
                                                    and a replayable test (--svg draws it)
                   jnear new <dir> [--package <name>] [--name <ContractClass>]
                                                    create a Maven project with one contract and its test
                   jnear abi <contract class>       print the ABI the processor generated for a contract
                   jnear build [<classes dir>] [--out <dir>] [--cp <class path>] [--sizes]
                                                    compile every @Contract to NEAR Wasm: <Name>.wasm and
                                                    <Name>.abi.json in target/wasm (TeaVM + NEAR post-pass);
                                                    --sizes: also <Name>.sizes.txt, bytes per function
                   jnear bench [--short|--full|<regex>]
                                                    run the JMH benchmarks and print a table (the launcher
                                                    builds and starts the benchmark jar for this one)
                   jnear sandbox [--port 3030] [--home <dir>] [--block-time <ms>|--on-demand]
                                 [--state-history <blocks>]
                                                    serve NEAR's JSON-RPC for near-api-js and NEAR's
                                                    other clients; prints the URL and the root's key file;
                                                    queries answer for the last <blocks> blocks (512)
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
                case "explore" -> new ExploreCommand(out, err).run(List.of(args).subList(1, args.length));
                case "abi" -> abi(List.of(args).subList(1, args.length));
                case "new" -> newProject(List.of(args).subList(1, args.length));
                case "build" -> new BuildCommand(out, err).run(List.of(args).subList(1, args.length));
                case "sandbox" -> sandbox(List.of(args).subList(1, args.length));
                default -> usageError("unknown command '" + args[0] + "'");
            };
        } catch (UsageException e) {
            return usageError(e.getMessage());
        } catch (RuntimeException e) {
            err.println("jnear: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return 1;
        }
    }

    private int sandbox(List<String> args) {
        try {
            return SandboxCommand.run(args, out);
        } catch (java.io.IOException e) {
            err.println("jnear: cannot start the sandbox: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
        Path svg = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--json" -> json = true;
                case "--color", "--colour" -> colour = true;
                case "--no-color", "--no-colour" -> colour = false;
                case "--svg" -> {
                    // A following option is a forgotten path, not a file named "--json".
                    if (i + 1 == args.size() || args.get(i + 1).startsWith("-")) {
                        throw new UsageException("--svg needs a file path, such as --svg trace.svg");
                    }
                    svg = svgTarget(args.get(++i));
                }
                default -> {
                    if (a.startsWith("--svg=")) {
                        svg = svgTarget(a.substring("--svg=".length()));
                    } else if (a.startsWith("-")) {
                        throw new UsageException("unknown option '" + a + "'");
                    } else {
                        names.add(a);
                    }
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
        Narrator printer = json ? new JsonNarrator(out) : new TextNarrator(out, useColour);
        RecordingNarrator recorder = new RecordingNarrator(printer);
        scenario.get().run(Sandbox.create(), recorder);
        if (printer instanceof JsonNarrator j) {
            j.finish();
        }
        if (svg != null) {
            try {
                AtomicFile.write(svg, TraceSvg.render(recorder.traces()));
            } catch (IOException e) {
                err.println("jnear: could not write " + svg + ": " + describe(e));
                return 1;
            }
            if (!json) {
                // stdout carries only the JSON array under --json, so the confirmation is text-mode only.
                out.println();
                out.println("Trace picture: " + svg);
            }
        }
        return 0;
    }

    /**
     * Checks an {@code --svg} path before anything runs, so a typo costs nothing: it must not be a
     * directory, and its directory must exist and be writable.
     */
    static Path svgTarget(String value) {
        if (value.isBlank()) {
            throw new UsageException("--svg needs a file path, such as --svg trace.svg");
        }
        Path path;
        try {
            path = Path.of(value);
        } catch (InvalidPathException e) {
            throw new UsageException("'" + value + "' is not a valid path");
        }
        if (Files.isDirectory(path)) {
            throw new UsageException("--svg " + value + " is a directory; give a file name, such as "
                    + path.resolve("trace.svg"));
        }
        Path dir = path.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new UsageException("cannot write " + value + ": directory " + dir + " does not exist");
        }
        if (!Files.isWritable(dir) || (Files.exists(path) && !Files.isWritable(path))) {
            throw new UsageException("cannot write " + value + ": permission denied");
        }
        return path;
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + " " + e.getMessage();
    }

    private int newProject(List<String> args) {
        List<String> dirs = new ArrayList<>();
        String packageName = ProjectScaffold.DEFAULT_PACKAGE;
        String className = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--package") || a.equals("--name")) {
                if (i + 1 == args.size() || args.get(i + 1).startsWith("-")) {
                    throw new UsageException(a + " needs a value");
                }
                String value = args.get(++i);
                if (a.equals("--package")) {
                    packageName = value;
                } else {
                    className = value;
                }
            } else if (a.startsWith("--package=")) {
                packageName = a.substring("--package=".length());
            } else if (a.startsWith("--name=")) {
                className = a.substring("--name=".length());
            } else if (a.startsWith("-")) {
                throw new UsageException("unknown option '" + a + "'");
            } else {
                dirs.add(a);
            }
        }
        if (dirs.size() != 1) {
            throw new UsageException("new takes one directory, such as: jnear new my-contract");
        }
        Path dir;
        try {
            dir = Path.of(dirs.get(0));
        } catch (InvalidPathException e) {
            throw new UsageException("'" + dirs.get(0) + "' is not a valid path");
        }
        if (className == null) {
            className = ProjectScaffold.classNameFor(dir);
        }
        List<Path> created;
        try {
            created = ProjectScaffold.create(dir, packageName, className, ScaffoldVersions.ofThisBuild());
        } catch (ScaffoldRefusedException e) {
            throw new UsageException(e.getMessage());
        } catch (IOException e) {
            err.println("jnear: could not create " + dir + ": " + describe(e));
            return 1;
        }
        out.println("Created " + dir + " with the contract " + packageName + "." + className + ":");
        for (Path file : created) {
            out.println("  " + dir.resolve(file));
        }
        out.println();
        out.println("Next:");
        out.println("  cd " + dir + " && mvn verify");
        out.println();
        out.println("(The project needs jnear's artifacts in your local Maven repository; if Maven cannot find");
        out.println(" io.jnear:jnear-processor, run 'mvn -DskipTests install' in the jnear checkout first.)");
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
        ClassLoader loader = type.getClassLoader() == null ? ClassLoader.getSystemClassLoader() : type.getClassLoader();
        try (var in = loader.getResourceAsStream(resource)) {
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

package io.jnear.cli;

import io.jnear.build.ContractBuild;
import io.jnear.build.WasmBuildException;
import io.jnear.cli.Main.UsageException;
import java.io.File;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code jnear build [<classes dir>] [--out <dir>] [--cp <class path>] [--sizes]}: compiles every
 * {@code @Contract} of a compiled project to NEAR Wasm, {@code target/wasm/<Name>.wasm} and {@code <Name>.abi.json}
 * by default; {@code --sizes} also writes {@code <Name>.sizes.txt}, the module's bytes per section, package,
 * class and function.
 * The project must have been compiled with TeaVM's interop jar on its class path (projects made by
 * {@code jnear new} have it), so that the processor wrote the Wasm entry points.
 */
final class BuildCommand {
    private final PrintStream out;
    private final PrintStream err;

    BuildCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        String classes = "target/classes";
        String output = "target/wasm";
        List<File> classPath = new ArrayList<>();
        List<String> positional = new ArrayList<>();
        boolean sizes = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--out") || a.equals("--cp")) {
                if (i + 1 == args.size()) {
                    throw new UsageException(a + " needs a value");
                }
                String value = args.get(++i);
                if (a.equals("--out")) {
                    output = value;
                } else {
                    for (String entry : value.split(File.pathSeparator)) {
                        if (!entry.isEmpty()) {
                            classPath.add(new File(entry));
                        }
                    }
                }
            } else if (a.equals("--sizes")) {
                sizes = true;
            } else if (a.startsWith("-")) {
                throw new UsageException("unknown option '" + a + "'");
            } else {
                positional.add(a);
            }
        }
        if (positional.size() > 1) {
            throw new UsageException("build takes at most one classes directory, such as: jnear build target/classes");
        }
        if (!positional.isEmpty()) {
            classes = positional.get(0);
        }
        Path classesDir = path(classes);
        if (!Files.isDirectory(classesDir)) {
            throw new UsageException(classes + " is not a directory of compiled classes: run 'mvn compile' first");
        }
        ContractBuild build = new ContractBuild(classesDir, classPath, sizes);
        if (build.contracts().isEmpty()) {
            throw new UsageException("no @Contract in " + classes + " (the processor writes an ABI for each one)");
        }
        int failed = 0;
        for (String contract : build.contracts()) {
            try {
                ContractBuild.Built built = build.build(contract, path(output));
                out.printf("%s -> %s (%,d bytes, %,d ms), ABI %s%s%n", contract, built.wasm(), built.bytes(),
                        built.millis(), built.abi(), built.sizes() == null ? "" : ", sizes " + built.sizes());
            } catch (WasmBuildException e) {
                err.println("jnear: " + contract + ": " + e.getMessage());
                failed++;
            }
        }
        return failed == 0 ? 0 : 1;
    }

    private static Path path(String value) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new UsageException("'" + value + "' is not a valid path");
        }
    }
}

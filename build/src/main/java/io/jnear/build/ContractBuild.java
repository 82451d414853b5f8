package io.jnear.build;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Builds every {@code @Contract} of a compiled project: for each ABI the processor wrote under
 * {@code META-INF/jnear/abi/} in the classes directory, compiles the contract's {@code <Name>WasmEntry} to
 * {@code <out>/<Name>.wasm} and copies the ABI beside it as {@code <Name>.abi.json}. The Maven goal and
 * {@code jnear build} both run this.
 */
public final class ContractBuild {
    private static final String ABI_DIRECTORY = "META-INF/jnear/abi";

    /**
     * One contract built: where its module, ABI and size report (null unless asked for) went, the module's
     * size and the build time (the size report's second TeaVM run included).
     */
    public record Built(String contract, Path wasm, Path abi, Path sizes, int bytes, long millis) {
    }

    /** How many packages, classes and functions a size report lists. */
    static final int SIZE_REPORT_ROWS = 40;

    private final Path classes;
    /** One compiler for the whole build, so a contract a factory embeds is compiled once for both files. */
    private final WasmCompiler compiler;

    /**
     * @param classes the project's compiled classes (with the processor's output)
     * @param dependencies the rest of its class path (jnear-sdk and what the contract uses)
     */
    public ContractBuild(Path classes, List<File> dependencies) {
        this(classes, dependencies, false);
    }

    /**
     * @param classes the project's compiled classes (with the processor's output)
     * @param dependencies the rest of its class path (jnear-sdk and what the contract uses)
     * @param reportingSizes whether to write {@code <Name>.sizes.txt} beside each module ({@link SizeReport});
     *     it costs a second TeaVM run per contract
     */
    public ContractBuild(Path classes, List<File> dependencies, boolean reportingSizes) {
        this.classes = classes;
        List<File> classPath = new ArrayList<>();
        classPath.add(classes.toFile());
        classPath.addAll(dependencies);
        this.compiler = new WasmCompiler(classPath, reportingSizes);
    }

    /** Builds every contract into {@code out}, in name order; fails on the first one NEAR would refuse. */
    public List<Built> buildAll(Path out) {
        List<Built> built = new ArrayList<>();
        for (String contract : contracts()) {
            built.add(build(contract, out));
        }
        return built;
    }

    /** The binary names of the contracts the processor wrote ABIs for, sorted. */
    public List<String> contracts() {
        Path abis = classes.resolve(ABI_DIRECTORY);
        if (!Files.isDirectory(abis)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(abis)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - ".json".length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Builds the contract with binary name {@code contract} into {@code out}; a module this build compiled
     * already (embedded in a factory built before it) is written without compiling it again.
     */
    public Built build(String contract, Path out) {
        String simple = contract.substring(contract.lastIndexOf('.') + 1).replace('$', '_');
        String packageName = contract.contains(".") ? contract.substring(0, contract.lastIndexOf('.') + 1) : "";
        long start = System.nanoTime();
        String entryClass = packageName + simple + "WasmEntry";
        byte[] wasm = compiler.compile(entryClass);
        long millis = (System.nanoTime() - start) / 1_000_000;
        try {
            Files.createDirectories(out);
            Path wasmFile = out.resolve(simple + ".wasm");
            Path abiFile = out.resolve(simple + ".abi.json");
            Files.write(wasmFile, wasm);
            Path sizesFile = null;
            var report = compiler.sizeReport(entryClass);
            if (report.isPresent()) {
                sizesFile = out.resolve(simple + ".sizes.txt");
                Files.writeString(sizesFile, report.get().text(SIZE_REPORT_ROWS));
            }
            Files.copy(classes.resolve(ABI_DIRECTORY).resolve(contract + ".json"), abiFile,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return new Built(contract, wasmFile, abiFile, sizesFile, wasm.length, millis);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.jnear.build;

import io.jnear.build.teavm.ClassLibrarySupplement;
import io.jnear.build.teavm.EmbeddedContracts;
import io.jnear.wasm.prepare.Metering;
import io.jnear.wasm.prepare.ModulePreparer;
import io.jnear.wasm.prepare.PrepareException;
import io.jnear.wasm.prepare.WasmFeatures;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.teavm.interop.Export;
import org.teavm.tooling.TeaVMProblemRenderer;
import org.teavm.tooling.TeaVMTargetType;
import org.teavm.tooling.TeaVMTool;
import org.teavm.tooling.TeaVMToolException;
import org.teavm.vm.TeaVMOptimizationLevel;

/**
 * Compiles one contract to NEAR Wasm: TeaVM 0.13's non-GC WebAssembly backend on the contract's generated
 * {@code <Name>WasmEntry} class, then {@link NearPostPass}, then {@link Preinitializer} (class initialisers
 * run once at build time instead of in every call), then the preparation the sandbox's Wasm engine
 * (and nearcore) applies at deploy. A module that preparation refuses is never returned.
 */
public final class WasmCompiler {
    /**
     * TeaVM's heap: it starts small and grows by {@code memory.grow}; 64 MiB at most keeps the whole memory
     * (TeaVM's static data, stack and heap) under NEAR's 2,048 pages of 64 KiB.
     */
    static final int MIN_HEAP_BYTES = 1 << 20;
    static final int MAX_HEAP_BYTES = 64 << 20;

    private final List<File> classPath;
    /**
     * Modules this compiler has built, by entry class: a factory embeds the module of the contract it
     * deploys, which the same build also writes on its own, so that contract goes through TeaVM once.
     */
    private final Map<String, byte[]> built = new HashMap<>();
    /** Whether each module also gets a {@link SizeReport} (TeaVM runs a second time, for the names). */
    private final boolean reportingSizes;
    private final Map<String, SizeReport> sizeReports = new HashMap<>();
    private int teavmRuns;

    /** @param classPath the contract's classes and everything they use (jnear-sdk and its dependencies) */
    public WasmCompiler(List<File> classPath) {
        this(classPath, false);
    }

    /**
     * @param classPath the contract's classes and everything they use (jnear-sdk and its dependencies)
     * @param reportingSizes whether to make a {@link SizeReport} of each module, which costs a second TeaVM run
     */
    public WasmCompiler(List<File> classPath, boolean reportingSizes) {
        this.classPath = List.copyOf(classPath);
        this.reportingSizes = reportingSizes;
    }

    /** The size report of the module compiled from {@code entryClass}, if this compiler reports sizes and built it. */
    public java.util.Optional<SizeReport> sizeReport(String entryClass) {
        return java.util.Optional.ofNullable(sizeReports.get(entryClass));
    }

    /**
     * The NEAR module of the contract whose generated entry class is {@code entryClass}. A contract that
     * deploys other contracts' classes gets their modules, built first, embedded in its own. A module this
     * compiler has built already is returned again without rebuilding it.
     */
    public byte[] compile(String entryClass) {
        return compile(entryClass, new LinkedHashSet<>()).clone();
    }

    /** How many times this compiler has run TeaVM (a factory's build runs it twice for the factory itself). */
    int teavmRuns() {
        return teavmRuns;
    }

    private byte[] compile(String entryClass, Set<String> building) {
        byte[] done = built.get(entryClass);
        if (done != null) {
            return done;
        }
        if (!building.add(entryClass)) {
            throw new WasmBuildException("Contracts that deploy each other cannot embed each other's Wasm: "
                    + String.join(" → ", building) + " → " + entryClass);
        }
        try (URLClassLoader loader = new URLClassLoader(urls(), WasmCompiler.class.getClassLoader())) {
            Set<String> methods = exportedMethods(loader, entryClass);
            Output output = teavm(loader, entryClass, Map.of(), false);
            Set<String> deployed = output.deployedContracts(loader, entryClass);
            Map<String, byte[]> modules = new TreeMap<>();
            if (!deployed.isEmpty()) {
                for (String contract : deployed) {
                    modules.put(contract, compile(entryClassOf(contract), building));
                }
                output = teavm(loader, entryClass, modules, false);
            }
            byte[] near = Preinitializer.apply(NearPostPass.apply(output.module(), methods));
            try {
                ModulePreparer.prepare(near, WasmFeatures.PORTABLE, Metering.NEAR);
            } catch (PrepareException e) {
                throw new WasmBuildException("NEAR would refuse the module built from " + entryClass + ": "
                        + e.getMessage(), e);
            }
            built.put(entryClass, near);
            if (reportingSizes) {
                String name = entryClass.substring(entryClass.lastIndexOf('.') + 1);
                sizeReports.put(entryClass, SizeReport.of(name.substring(0, name.length() - "WasmEntry".length())
                        + ".wasm", near, teavm(loader, entryClass, modules, true).module()));
            }
            return near;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            building.remove(entryClass);
        }
    }

    /** TeaVM's module, and what its dependency analysis found reachable. */
    private record Output(byte[] module, Collection<String> reachableClasses, boolean deploysClasses) {
        /** The contract classes other than {@code entryClass}'s own that the code reaches and may deploy. */
        Set<String> deployedContracts(ClassLoader loader, String entryClass) {
            Set<String> contracts = new TreeSet<>();
            if (deploysClasses) {
                for (String cls : reachableClasses) {
                    String entry = entryClassOf(cls);
                    if (!entry.equals(entryClass) && loader.getResource(entry.replace('.', '/') + ".class") != null) {
                        contracts.add(cls);
                    }
                }
            }
            return contracts;
        }
    }

    /** The generated entry class of the contract class {@code contractClass} (a binary name). */
    static String entryClassOf(String contractClass) {
        int dot = contractClass.lastIndexOf('.');
        return contractClass.substring(0, dot + 1) + contractClass.substring(dot + 1).replace('$', '_') + "WasmEntry";
    }

    /** TeaVM's module; {@code named}: with its name section, and the data that changes with it, for a report. */
    private Output teavm(ClassLoader loader, String entryClass, Map<String, byte[]> embedded, boolean named)
            throws IOException {
        teavmRuns++;
        Path work = Files.createTempDirectory("jnear-teavm");
        try {
            TeaVMTool tool = new TeaVMTool();
            tool.setTargetType(TeaVMTargetType.WEBASSEMBLY);
            tool.setMainClass(entryClass);
            tool.setTargetDirectory(work.toFile());
            tool.setTargetFileName("contract.wasm");
            tool.setClassLoader(loader);
            // ADVANCED inlines only methods called once; FULL also copies every small method into each caller,
            // which made the token 647 KB instead of 393 KB and, with NEAR's per-byte loading fee, dearer per
            // call (2.39 vs 2.23 Tgas for ft_transfer) although it runs fewer instructions (383k vs 521k)
            tool.setOptimizationLevel(TeaVMOptimizationLevel.ADVANCED);
            tool.setObfuscated(!named);
            tool.setMinHeapSize(MIN_HEAP_BYTES);
            tool.setMaxHeapSize(MAX_HEAP_BYTES);
            tool.setLog(new ErrorLog());
            tool.getTransformers().add(ClassLibrarySupplement.class.getName());
            ClassLibrarySupplement.embedding(embedded, () -> {
                try {
                    tool.generate();
                } catch (TeaVMToolException e) {
                    throw new WasmBuildException("TeaVM failed on " + entryClass + ": " + e.getMessage(), e);
                }
                return null;
            });
            if (!tool.getProblemProvider().getSevereProblems().isEmpty()) {
                ErrorLog problems = new ErrorLog();
                TeaVMProblemRenderer.describeProblems(tool.getDependencyInfo().getCallGraph(),
                        tool.getProblemProvider(), problems);
                throw new WasmBuildException("TeaVM cannot compile " + entryClass + ":" + hint(problems.text())
                        + firstLines(problems.text(), 24));
            }
            boolean deploysClasses = tool.getDependencyInfo().getReachableMethods().stream()
                    .anyMatch(m -> m.getClassName().equals(EmbeddedContracts.class.getName()) && m.getName().equals("of"));
            return new Output(Files.readAllBytes(work.resolve("contract.wasm")),
                    List.copyOf(tool.getDependencyInfo().getReachableClasses()), deploysClasses);
        } finally {
            deleteTree(work);
        }
    }

    /** The usual cause, said first: TeaVM's traces name it only deep down. */
    private static String hint(String problems) {
        if (problems.contains("com.fasterxml.jackson")) {
            return " the contract's state or a value it uses is JSON through Jackson, which TeaVM cannot compile;"
                    + " give the contract generated Borsh state (a non-private no-argument constructor and"
                    + " non-private, non-final fields of types with a Borsh form).";
        }
        return "";
    }

    private static String firstLines(String text, int lines) {
        String[] all = text.split("\n", -1);
        if (all.length <= lines) {
            return text;
        }
        return String.join("\n", java.util.Arrays.copyOf(all, lines)) + "\n    … " + (all.length - lines) + " more lines";
    }

    /** The NEAR names of the entry class's exports, read from its {@code @Export} annotations. */
    private static Set<String> exportedMethods(ClassLoader loader, String entryClass) {
        Class<?> entry;
        try {
            entry = Class.forName(entryClass, false, loader);
        } catch (ClassNotFoundException e) {
            throw new WasmBuildException("No class " + entryClass + " on the class path: is TeaVM's interop"
                    + " jar on the compile class path, so that the processor writes it?");
        }
        Set<String> names = new TreeSet<>();
        for (Method m : entry.getDeclaredMethods()) {
            Export export = m.getAnnotation(Export.class);
            if (export != null) {
                names.add(export.name());
            }
        }
        return names;
    }

    private URL[] urls() {
        URL[] urls = new URL[classPath.size()];
        for (int i = 0; i < urls.length; i++) {
            try {
                urls[i] = classPath.get(i).toURI().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException(classPath.get(i).toString(), e);
            }
        }
        return urls;
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}

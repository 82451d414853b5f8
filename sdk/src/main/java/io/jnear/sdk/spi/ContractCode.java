package io.jnear.sdk.spi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Contract code as the sandbox deploys it: a name, the bytes NEAR would store (they count toward the
 * account's storage and the deploy fees), and a factory for the dispatcher that runs calls.
 *
 * <p>{@link #of(Class)} finds the dispatcher the processor generated for a {@code @Contract} class:
 * {@code <package>.<Outer_Inner>Dispatcher} for {@code <package>.Outer.Inner}. Its code is every class
 * the contract can run, whatever its package: the contract, its dispatcher and every class they name,
 * transitively, except the JDK's and the SDK's own ({@link #classNames()}). Its bytes are those class
 * files in name order, so a bigger contract costs more to deploy and store, and the same build always
 * yields the same code hash.
 */
public final class ContractCode {
    private final String name;
    private final byte[] bytes;
    /** Computed when first asked for: a contract compiled to Wasm deploys code without hashing it. */
    private byte[] hash;
    private final Supplier<ContractDispatcher> dispatchers;
    private final Class<?> contractClass;
    /** Class files by internal name, in name order (empty for Wasm: {@code Map.of()}, which TeaVM's library has). */
    private final Map<String, byte[]> classFiles;
    private final boolean wasm;

    /**
     * Packages of the classes that are the host's, never a contract's: the SDK, and the JSON library the
     * sandbox carries (a contract naming it is refused when deployed, not given a copy).
     */
    private static final List<String> HOST_PACKAGES =
            List.of("io/jnear/sdk/", "io/jnear/annotations/", "com/fasterxml/jackson/");

    private ContractCode(String name, byte[] bytes, Supplier<ContractDispatcher> dispatchers, Class<?> contractClass,
            Map<String, byte[]> classFiles) {
        this.name = name;
        this.contractClass = contractClass;
        this.classFiles = classFiles;
        this.bytes = bytes;
        this.dispatchers = dispatchers;
        this.wasm = false;
    }

    private ContractCode(byte[] wasmBytes) {
        this.name = "wasm";
        this.contractClass = null;
        this.bytes = wasmBytes;
        this.dispatchers = () -> {
            throw new IllegalStateException("Wasm code runs in the Wasm engine, not through a dispatcher");
        };
        this.classFiles = Map.of();
        this.wasm = true;
    }

    /**
     * A NEAR Wasm module (what {@code near deploy} sends): the sandbox runs it with its Wasm engine, which
     * needs {@code jnear-wasm} on the class path.
     */
    public static ContractCode wasm(byte[] bytes) {
        return new ContractCode(bytes.clone());
    }

    /** Whether this is a Wasm module rather than a Java contract. */
    public boolean isWasm() {
        return wasm;
    }

    /** The code bytes: the Wasm module, or the class files standing for a Java contract. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The code of a {@code @Contract} class, run by its generated dispatcher. */
    public static ContractCode of(Class<?> contractClass) {
        String dispatcherName = dispatcherNameOf(contractClass);
        Class<?> dispatcherClass;
        try {
            dispatcherClass = Class.forName(dispatcherName, false, contractClass.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("No dispatcher " + dispatcherName + " for " + contractClass.getName()
                    + ": is it annotated @Contract and compiled with the jnear processor?", e);
        }
        if (!ContractDispatcher.class.isAssignableFrom(dispatcherClass)) {
            throw new IllegalArgumentException(dispatcherName + " does not implement ContractDispatcher");
        }
        var constructor = noArgConstructor(dispatcherClass);
        SortedMap<String, byte[]> classes = reachableClasses(contractClass.getClassLoader(),
                List.of(internalName(contractClass), internalName(dispatcherClass)));
        ByteArrayOutputStream code = new ByteArrayOutputStream();
        classes.values().forEach(code::writeBytes);
        return new ContractCode(contractClass.getName(), code.toByteArray(), () -> {
            try {
                return (ContractDispatcher) constructor.newInstance();
            } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("Cannot instantiate " + dispatcherName, e);
            }
        }, contractClass, Collections.unmodifiableSortedMap(classes));
    }

    /** Code run by a hand-written dispatcher; {@code bytes} stand for its size and hash. */
    public static ContractCode of(String name, byte[] bytes, Supplier<ContractDispatcher> dispatchers) {
        return new ContractCode(Objects.requireNonNull(name), bytes.clone(), Objects.requireNonNull(dispatchers), null,
                Map.of());
    }

    /** The binary name of the dispatcher the processor generates for {@code contractClass}. */
    public static String dispatcherNameOf(Class<?> contractClass) {
        String packageName = contractClass.getPackageName();
        String simple = contractClass.getName().substring(packageName.isEmpty() ? 0 : packageName.length() + 1)
                .replace('$', '_');
        return (packageName.isEmpty() ? "" : packageName + ".") + simple + "Dispatcher";
    }

    /** Where the processor writes a contract's ABI JSON, as a class-path resource. */
    public static String abiResourceOf(Class<?> contractClass) {
        return "META-INF/jnear/abi/" + contractClass.getName() + ".json";
    }

    /** The contract's ABI (NEAR ABI schema JSON) if the processor generated one. */
    public java.util.Optional<String> abi() {
        if (contractClass == null) {
            return java.util.Optional.empty();
        }
        ClassLoader loader = contractClass.getClassLoader();
        try (InputStream in = loader == null ? null : loader.getResourceAsStream(abiResourceOf(contractClass))) {
            return in == null ? java.util.Optional.empty()
                    : java.util.Optional.of(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code @Contract} class, or null for code run by a hand-written dispatcher. */
    public Class<?> contractClass() {
        return contractClass;
    }

    public String name() {
        return name;
    }

    public int size() {
        return bytes.length;
    }

    /**
     * The internal names ({@code com/example/Token}) of the classes this code runs, in name order; empty
     * for code run by a hand-written dispatcher.
     */
    public List<String> classNames() {
        return List.copyOf(classFiles.keySet());
    }

    /** The class file of one of {@link #classNames()}, or null for any other name. */
    public byte[] classFile(String internalName) {
        byte[] bytes = classFiles.get(internalName);
        return bytes == null ? null : bytes.clone();
    }

    /** SHA-256 of the code bytes. */
    public byte[] hash() {
        if (hash == null) {
            hash = sha256(bytes);
        }
        return hash.clone();
    }

    /** A fresh dispatcher for one call. */
    public ContractDispatcher newDispatcher() {
        return dispatchers.get();
    }

    @Override
    public String toString() {
        return "ContractCode[" + name + ", " + bytes.length + " bytes]";
    }

    private static java.lang.reflect.Constructor<?> noArgConstructor(Class<?> type) {
        try {
            return type.getConstructor();
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(type.getName() + " has no public no-argument constructor", e);
        }
    }

    private static String internalName(Class<?> type) {
        return type.getName().replace('.', '/');
    }

    /**
     * The class files of {@code roots} and of every class they name, transitively, that {@code loader}
     * finds and that is not the host's (the JDK, the SDK): by internal name, in name order.
     */
    private static SortedMap<String, byte[]> reachableClasses(ClassLoader loader, List<String> roots) {
        SortedMap<String, byte[]> found = new TreeMap<>();
        Deque<String> pending = new ArrayDeque<>(roots);
        Set<String> seen = new HashSet<>(roots);
        while (!pending.isEmpty()) {
            String name = pending.removeFirst();
            byte[] bytes = classFile(loader, name);
            if (bytes == null) {
                continue;
            }
            found.put(name, bytes);
            for (String referenced : ClassFileReferences.of(bytes)) {
                if (!isHostClass(referenced) && seen.add(referenced)) {
                    pending.addLast(referenced);
                }
            }
        }
        return found;
    }

    /** True for classes the host provides: the JDK's and the SDK's. */
    private static boolean isHostClass(String internalName) {
        for (String prefix : HOST_PACKAGES) {
            if (internalName.startsWith(prefix)) {
                return true;
            }
        }
        return ClassLoader.getPlatformClassLoader().getResource(internalName + ".class") != null;
    }

    private static byte[] classFile(ClassLoader loader, String internalName) {
        ClassLoader from = loader == null ? ClassLoader.getSystemClassLoader() : loader;
        try (InputStream in = from.getResourceAsStream(internalName + ".class")) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

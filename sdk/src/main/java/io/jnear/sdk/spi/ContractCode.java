package io.jnear.sdk.spi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Contract code as the sandbox deploys it: a name, the bytes NEAR would store (they count toward the
 * account's storage and the deploy fees), and a factory for the dispatcher that runs calls.
 *
 * <p>{@link #of(Class)} only names a {@code @Contract} class: it neither loads the dispatcher the processor
 * generated nor reads a class file, so contract code that deploys another contract
 * ({@code Promise.deployContract(Other.class)}) runs without reflection. The sandbox resolves the name
 * when the deployment reaches it (a transaction it is sent, a promise a contract schedules) into the
 * contract's classes ({@link #ofClasses}): every class the contract can run, whatever its package, except
 * the JDK's and the SDK's own ({@link #classNames()}), and its bytes are those class files in name order,
 * so a bigger contract costs more to deploy and store, and the same build always yields the same code
 * hash. A contract compiled to Wasm deploys the module its build embedded for the class instead.
 */
public final class ContractCode {
    private final String name;
    /** Null while this only names a contract class ({@link #isResolved()}). */
    private final byte[] bytes;
    /** Computed when first asked for: a contract compiled to Wasm deploys code without hashing it. */
    private byte[] hash;
    private final Supplier<ContractDispatcher> dispatchers;
    private final Class<?> contractClass;
    /** Class files by internal name, in name order (empty for Wasm: {@code Map.of()}, which TeaVM's library has). */
    private final Map<String, byte[]> classFiles;
    private final boolean wasm;

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

    /**
     * False for {@link #of(Class)}'s name of a contract class, which the sandbox replaces by the contract's
     * classes before it deploys them; true for every other code.
     */
    public boolean isResolved() {
        return bytes != null;
    }

    /** The code bytes: the Wasm module, or the class files standing for a Java contract. */
    public byte[] bytes() {
        return resolved().clone();
    }

    /**
     * The code of the {@code @Contract} class {@code contractClass}, run by its generated dispatcher: a name
     * the sandbox resolves where the deployment reaches it, found without reflection.
     */
    public static ContractCode of(Class<?> contractClass) {
        return new ContractCode(contractClass.getName(), null, null, contractClass, Map.of());
    }

    /**
     * The code of {@code contractClass} made of {@code classFiles} (class files by internal name, the
     * contract's and its dispatcher's among them), whose calls run on the dispatchers {@code dispatchers}
     * makes: how the sandbox resolves {@link #of(Class)}.
     */
    public static ContractCode ofClasses(Class<?> contractClass, SortedMap<String, byte[]> classFiles,
            Supplier<ContractDispatcher> dispatchers) {
        SortedMap<String, byte[]> copy = new TreeMap<>();
        ByteArrayOutputStream code = new ByteArrayOutputStream();
        classFiles.forEach((internalName, classFile) -> {
            copy.put(internalName, classFile.clone());
            code.writeBytes(classFile);
        });
        return new ContractCode(contractClass.getName(), code.toByteArray(), Objects.requireNonNull(dispatchers),
                contractClass, Collections.unmodifiableSortedMap(copy));
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
        return resolved().length;
    }

    /**
     * The internal names ({@code com/example/Token}) of the classes this code runs, in name order; empty
     * for code run by a hand-written dispatcher.
     */
    public List<String> classNames() {
        resolved();
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
            hash = sha256(resolved());
        }
        return hash.clone();
    }

    /** A fresh dispatcher for one call. */
    public ContractDispatcher newDispatcher() {
        resolved();
        return dispatchers.get();
    }

    @Override
    public String toString() {
        return "ContractCode[" + name + ", " + (bytes == null ? "not resolved" : bytes.length + " bytes") + "]";
    }

    private byte[] resolved() {
        if (bytes == null) {
            throw new IllegalStateException("ContractCode.of(" + name + ") only names the contract; the sandbox "
                    + "resolves it into its classes when the deployment reaches it");
        }
        return bytes;
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

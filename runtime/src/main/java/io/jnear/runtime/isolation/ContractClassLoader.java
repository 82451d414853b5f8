package io.jnear.runtime.isolation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads one deployment's copy of a contract's classes: every class of the contract's package (and its
 * subpackages) is read from the parent's class path, metered by {@link MeteringTransformer} and defined
 * here, so each deployment has its own static fields and only metered code runs as the contract. All
 * other classes (the JDK, jnear's SDK, Jackson) come from the parent and are shared.
 */
final class ContractClassLoader extends ClassLoader {
    static {
        registerAsParallelCapable();
    }

    /** Instrumented class files by parent loader and class name: instrumenting once serves every deployment. */
    private static final Map<ClassLoader, Map<String, byte[]>> INSTRUMENTED_BY_SOURCE =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private final String packagePrefix;
    private final ClassLoader source;
    private final boolean metered;

    ContractClassLoader(String contractPackage, ClassLoader source, boolean metered) {
        super("jnear-contract:" + contractPackage, source);
        this.packagePrefix = contractPackage.isEmpty() ? "" : contractPackage + ".";
        this.source = source;
        this.metered = metered;
    }

    private boolean isContractClass(String name) {
        return !packagePrefix.isEmpty() && name.startsWith(packagePrefix);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!isContractClass(name)) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> c = findLoadedClass(name);
            if (c == null) {
                byte[] bytes = instrumented(name);
                c = defineClass(name, bytes, 0, bytes.length);
            }
            if (resolve) {
                resolveClass(c);
            }
            return c;
        }
    }

    private byte[] instrumented(String name) throws ClassNotFoundException {
        Map<String, byte[]> cache = INSTRUMENTED_BY_SOURCE.computeIfAbsent(source, k -> new ConcurrentHashMap<>());
        String key = (metered ? "metered:" : "plain:") + name;
        byte[] cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        try (InputStream in = source.getResourceAsStream(name.replace('.', '/') + ".class")) {
            if (in == null) {
                throw new ClassNotFoundException(name);
            }
            byte[] bytes = metered ? MeteringTransformer.transform(in.readAllBytes()) : in.readAllBytes();
            cache.put(key, bytes);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

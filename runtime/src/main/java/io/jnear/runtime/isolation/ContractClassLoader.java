package io.jnear.runtime.isolation;

import io.jnear.sdk.spi.ContractCode;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Loads one deployment's copy of a contract's classes: every class of its {@link ContractCode}, whatever
 * its package (the unnamed one included), is metered by {@link MeteringTransformer} and defined here, so
 * each deployment has its own static fields and only metered code runs as the contract. Every other class
 * (the JDK, jnear's SDK) comes from the parent and is shared; {@link ContractVerifier} has checked that
 * the contract names no other.
 */
final class ContractClassLoader extends ClassLoader {
    static {
        registerAsParallelCapable();
    }

    private record Instrumented(byte[] original, byte[] metered) {
    }

    /** Recently instrumented classes: instrumenting once serves every deployment of the same class file. */
    private static final Map<String, Instrumented> INSTRUMENTED = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Instrumented> eldest) {
            return size() > 4096;
        }
    };

    private final ContractCode code;
    private final boolean metered;

    ContractClassLoader(ContractCode code, ClassLoader parent, boolean metered) {
        super("jnear-contract:" + code.name(), parent);
        this.code = code;
        this.metered = metered;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        byte[] original = code.classFile(name.replace('.', '/'));
        if (original == null) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> c = findLoadedClass(name);
            if (c == null) {
                byte[] bytes = metered ? instrumented(name, original) : original;
                c = defineClass(name, bytes, 0, bytes.length);
            }
            if (resolve) {
                resolveClass(c);
            }
            return c;
        }
    }

    private static byte[] instrumented(String name, byte[] original) {
        synchronized (INSTRUMENTED) {
            Instrumented cached = INSTRUMENTED.get(name);
            if (cached != null && Arrays.equals(cached.original, original)) {
                return cached.metered;
            }
        }
        byte[] metered = MeteringTransformer.transform(original);
        synchronized (INSTRUMENTED) {
            INSTRUMENTED.put(name, new Instrumented(original, metered));
        }
        return metered;
    }
}

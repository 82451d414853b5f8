package io.jnear.runtime.isolation;

import io.jnear.sdk.Action;
import io.jnear.sdk.spi.ContractCode;
import io.jnear.sdk.spi.ContractDispatcher;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The sandbox's side of {@link ContractCode#of(Class)}: a contract class named for deployment becomes its
 * code here, in the host, so contract code that deploys another contract needs no reflection. The code is
 * the class files of the contract, of the dispatcher the processor generated for it
 * ({@code <package>.<Outer_Inner>Dispatcher} for {@code <package>.Outer.Inner}) and of every class they name,
 * transitively, except the host's (the JDK, the SDK); its dispatchers are made by that dispatcher's public
 * no-argument constructor. Resolved once per class.
 */
public final class ContractClasses {
    /**
     * Packages of the classes that are the host's, never a contract's: the SDK, and the JSON library the
     * sandbox carries (a contract naming it is refused when deployed, not given a copy).
     */
    private static final List<String> HOST_PACKAGES =
            List.of("io/jnear/sdk/", "io/jnear/annotations/", "com/fasterxml/jackson/");

    private static final ClassValue<ContractCode> CODE = new ClassValue<>() {
        @Override
        protected ContractCode computeValue(Class<?> contractClass) {
            return load(contractClass);
        }
    };

    private ContractClasses() {
    }

    /** The code of the {@code @Contract} class {@code contractClass}, run by its generated dispatcher. */
    public static ContractCode of(Class<?> contractClass) {
        return CODE.get(contractClass);
    }

    /** {@code code} itself, or the code of the contract class it names if it is not resolved yet. */
    public static ContractCode resolve(ContractCode code) {
        return code.isResolved() ? code : of(code.contractClass());
    }

    /** {@code action}, or the same deployment with its code resolved. */
    public static Action resolve(Action action) {
        if (action instanceof Action.DeployContract d && !d.code().isResolved()) {
            return new Action.DeployContract(of(d.code().contractClass()));
        }
        return action;
    }

    private static ContractCode load(Class<?> contractClass) {
        String dispatcherName = ContractCode.dispatcherNameOf(contractClass);
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
        Constructor<?> constructor = noArgConstructor(dispatcherClass);
        SortedMap<String, byte[]> classes = reachableClasses(contractClass.getClassLoader(),
                List.of(internalName(contractClass), internalName(dispatcherClass)));
        return ContractCode.ofClasses(contractClass, classes, () -> {
            try {
                return (ContractDispatcher) constructor.newInstance();
            } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("Cannot instantiate " + dispatcherName, e);
            }
        });
    }

    private static Constructor<?> noArgConstructor(Class<?> type) {
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
}

package io.jnear.processor.functional;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import io.jnear.processor.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;

/**
 * Contracts compiled in-process with the processor and loaded from the compilation's output, so the
 * tests run exactly what the processor generated. Generated stubs are not visible to the test's own
 * compiler, so they are called by name.
 */
final class CompiledContracts {
    private final ClassLoader loader;

    private CompiledContracts(ClassLoader loader) {
        this.loader = loader;
    }

    static CompiledContracts compile(String fixtureDir, Path outputDir) {
        Compilation compilation = Fixtures.compile(Fixtures.sources(fixtureDir));
        assertThat(compilation).succeededWithoutWarnings();
        try {
            for (JavaFileObject f : compilation.generatedFiles()) {
                String name = f.getName();
                if (!name.startsWith("/CLASS_OUTPUT/")) {
                    continue;
                }
                Path target = outputDir.resolve(name.substring("/CLASS_OUTPUT/".length()));
                Files.createDirectories(target.getParent());
                try (InputStream in = f.openInputStream()) {
                    Files.write(target, in.readAllBytes());
                }
            }
            return new CompiledContracts(new URLClassLoader(new java.net.URL[] {outputDir.toUri().toURL()},
                    CompiledContracts.class.getClassLoader()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Class<?> type(String name) {
        try {
            return Class.forName(name, true, loader);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("not compiled: " + name, e);
        }
    }

    /** Calls static method {@code method} of {@code className} with {@code args}. */
    @SuppressWarnings("unchecked")
    <T> T callStatic(String className, String method, Object... args) {
        return (T) invoke(type(className), null, method, args);
    }

    /** Calls instance method {@code method} on {@code target}. */
    @SuppressWarnings("unchecked")
    static <T> T call(Object target, String method, Object... args) {
        return (T) invoke(target.getClass(), target, method, args);
    }

    private static Object invoke(Class<?> type, Object target, String name, Object[] args) {
        for (Method m : type.getMethods()) {
            if (m.getName().equals(name) && m.getParameterCount() == args.length
                    && (target == null) == Modifier.isStatic(m.getModifiers()) && accepts(m, args)) {
                try {
                    return m.invoke(target, args);
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                } catch (InvocationTargetException e) {
                    throw new AssertionError(e.getCause());
                }
            }
        }
        throw new AssertionError("no method " + name + " on " + type.getName());
    }

    private static boolean accepts(Method m, Object[] args) {
        Class<?>[] types = m.getParameterTypes();
        for (int i = 0; i < args.length; i++) {
            Class<?> type = types[i].isPrimitive()
                    ? java.lang.invoke.MethodType.methodType(types[i]).wrap().returnType() : types[i];
            if (args[i] != null && !type.isInstance(args[i])) {
                return false;
            }
        }
        return true;
    }
}

package io.jnear.testing;

import io.jnear.runtime.Account;
import io.jnear.runtime.Sandbox;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * The extension behind {@link JnearTest}: a fresh sandbox per test, declared accounts and contracts in
 * fields and parameters, and the receipt trees of the test's transactions added to its failure.
 */
public final class JnearExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver,
        TestExecutionExceptionHandler {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(JnearExtension.class);

    @Override
    public void beforeEach(ExtensionContext context) throws IllegalAccessException {
        TestSandbox test = testSandbox(context);
        for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
            List<Field> fields = fieldsOf(instance.getClass());
            // accounts first, so contracts initialised with their IDs find them
            for (Field f : fields) {
                if (f.getType() == Sandbox.class) {
                    set(f, instance, test.sandbox());
                } else if (f.isAnnotationPresent(TestAccount.class)) {
                    set(f, instance, test.account(f.getAnnotation(TestAccount.class), f.getName()));
                }
            }
            for (Field f : fields) {
                if (f.isAnnotationPresent(Deployed.class)) {
                    set(f, instance, test.contract(f.getAnnotation(Deployed.class), f.getName(), instance));
                }
            }
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        TestSandbox test = context.getStore(NAMESPACE).get(TestSandbox.class, TestSandbox.class);
        String directory = svgDirectory(context.getRequiredTestClass());
        if (test == null || directory.isEmpty()) {
            return;
        }
        Path dir = Files.createDirectories(Path.of(directory));
        Files.writeString(dir.resolve(context.getRequiredTestClass().getSimpleName() + "."
                + context.getRequiredTestMethod().getName() + ".svg"), test.svg(), StandardCharsets.UTF_8);
    }

    /** The {@link JnearTest#svgDirectory()} of the nearest class (enclosing or super) annotated. */
    private static String svgDirectory(Class<?> testClass) {
        for (Class<?> c = testClass; c != null; c = c.getSuperclass() != null && c.getSuperclass() != Object.class
                ? c.getSuperclass() : c.getEnclosingClass()) {
            JnearTest annotation = c.getAnnotation(JnearTest.class);
            if (annotation != null) {
                return annotation.svgDirectory();
            }
        }
        return "";
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Parameter p = parameter.getParameter();
        return p.getType() == Sandbox.class || (p.getType() == Account.class
                && (p.isAnnotationPresent(TestAccount.class) || p.isAnnotationPresent(Deployed.class)));
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        TestSandbox test = testSandbox(context);
        Parameter p = parameter.getParameter();
        try {
            if (p.getType() == Sandbox.class) {
                return test.sandbox();
            }
            if (p.isAnnotationPresent(TestAccount.class)) {
                return test.account(p.getAnnotation(TestAccount.class), p.getName());
            }
            return test.contract(p.getAnnotation(Deployed.class), p.getName(), context.getRequiredTestInstance());
        } catch (RuntimeException e) {
            throw new ParameterResolutionException("Cannot set up " + p + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        TestSandbox test = context.getStore(NAMESPACE).get(TestSandbox.class, TestSandbox.class);
        if (test != null && test.ranTransactions()) {
            failure.addSuppressed(new ReceiptTrees(test.trees()));
        }
        throw failure;
    }

    /** The sandbox of the running test, made on first use (a parameter of a constructor may come first). */
    private static TestSandbox testSandbox(ExtensionContext context) {
        if (context.getTestMethod().isEmpty()) {
            throw new ExtensionConfigurationException("@JnearTest gives each test its own sandbox: declare "
                    + "accounts on test methods' parameters or instance fields, not on constructors or static methods");
        }
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(TestSandbox.class, k -> new TestSandbox(),
                TestSandbox.class);
    }

    /** Declared fields, superclasses first, each class's in declaration order. */
    private static List<Field> fieldsOf(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        if (type.getSuperclass() != null && type.getSuperclass() != Object.class) {
            fields.addAll(fieldsOf(type.getSuperclass()));
        }
        for (Field f : type.getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers()) && !f.isSynthetic()) {
                fields.add(f);
            }
        }
        return fields;
    }

    private static void set(Field field, Object instance, Object value) throws IllegalAccessException {
        if (Modifier.isFinal(field.getModifiers())) {
            throw new ExtensionConfigurationException("@JnearTest sets " + field + " before each test; make it non-final");
        }
        field.setAccessible(true);
        field.set(instance, value);
    }
}

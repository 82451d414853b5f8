package io.jnear.runtime.isolation;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.TypeDescriptor;
import java.lang.runtime.ObjectMethods;
import java.util.Objects;

/**
 * The bootstrap of a record's {@code equals}, {@code hashCode} and {@code toString} in contract code: the
 * JDK's ({@link ObjectMethods}), given components that hash and print deterministically. The JDK's would
 * call a component's {@code hashCode} and {@code toString} directly, and for a component whose class keeps
 * {@code Object}'s (a contract class without them, an array) those are identity-based and differ between
 * runs; here each reference component reaches the JDK wrapped in a {@link Component}, whose hash and text
 * are {@link MeteredJdk}'s (identity hashes numbered per call) and whose equality is the component's own.
 * Public only because rewritten contract classes name it; contract code itself may not.
 */
public final class RecordMethods {
    static final String INTERNAL_NAME = "io/jnear/runtime/isolation/RecordMethods";

    private static final MethodHandle WRAP;

    static {
        try {
            WRAP = MethodHandles.lookup().findStatic(RecordMethods.class, "wrap",
                    MethodType.methodType(Object.class, Object.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private RecordMethods() {
    }

    /** Takes the place of {@link ObjectMethods#bootstrap} in contract classes; same parameters. */
    public static Object bootstrap(MethodHandles.Lookup lookup, String methodName, TypeDescriptor type,
            Class<?> recordClass, String names, MethodHandle... getters) throws Throwable {
        MethodHandle[] components = new MethodHandle[getters.length];
        for (int i = 0; i < getters.length; i++) {
            MethodHandle getter = getters[i];
            components[i] = getter.type().returnType().isPrimitive() ? getter
                    : MethodHandles.filterReturnValue(getter.asType(getter.type().changeReturnType(Object.class)), WRAP);
        }
        return ObjectMethods.bootstrap(lookup, methodName, type, recordClass, names, components);
    }

    private static Object wrap(Object value) {
        return value == null ? null : new Component(value);
    }

    /** A record component as the JDK's record methods see it. */
    private static final class Component {
        private final Object value;

        Component(Object value) {
            this.value = value;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Component c && Objects.equals(value, c.value);
        }

        @Override
        public int hashCode() {
            return MeteredJdk.hashCode(value);
        }

        @Override
        public String toString() {
            return MeteredJdk.stringOf(value);
        }
    }
}

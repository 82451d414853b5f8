package io.jnear.testing;

import io.jnear.sdk.Action;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/** Finds and calls the test-class method a {@link Deployed#initBy()} names. */
final class InitMethod {
    private InitMethod() {
    }

    static Action.FunctionCall call(Object test, String name) {
        for (Class<?> c = test.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.getName().equals(name) && m.getParameterCount() == 0
                        && m.getReturnType() == Action.FunctionCall.class) {
                    return invoke(m, Modifier.isStatic(m.getModifiers()) ? null : test);
                }
            }
        }
        throw new IllegalArgumentException("@Deployed(initBy = \"" + name + "\") names no method " + name
                + "() returning Action.FunctionCall in " + test.getClass().getName());
    }

    private static Action.FunctionCall invoke(Method m, Object target) {
        m.setAccessible(true);
        try {
            return (Action.FunctionCall) m.invoke(target);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot call " + m, e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(m + " failed: " + e.getCause(), e.getCause());
        }
    }
}

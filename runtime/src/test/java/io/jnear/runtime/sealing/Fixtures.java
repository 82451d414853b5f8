package io.jnear.runtime.sealing;

/** Looks up the attack fixtures, which are package-private in their own package (or the unnamed one). */
final class Fixtures {
    private Fixtures() {
    }

    static Class<?> named(String simpleName) {
        String name = simpleName.startsWith("Unnamed") ? simpleName : "io.jnear.runtime.sealing.fixtures." + simpleName;
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("no fixture " + name, e);
        }
    }
}

package io.jnear.runtime.sealing;

/** Looks up the attack fixtures, which are package-private in their own package (or the unnamed one). */
final class Fixtures {
    private Fixtures() {
    }

    static Class<?> named(String simpleName) {
        String name = simpleName.startsWith("Unnamed") ? simpleName : "io.jnear.runtime.sealing.fixtures." + simpleName;
        try {
            // not initialised: a fixture's static initialiser is for the sandbox to run, metered
            return Class.forName(name, false, Fixtures.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("no fixture " + name, e);
        }
    }
}

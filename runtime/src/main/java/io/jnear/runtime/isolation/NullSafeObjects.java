package io.jnear.runtime.isolation;

/**
 * Stand-ins for {@code java.util.Objects}' hash codes and string of an object: null-safe like the JDK's,
 * deterministic like {@link MeteredJdk#hashCode(Object)} and {@link MeteredJdk#toString(Object)}. Public
 * only because rewritten contract classes call them; contract code itself may not name this class.
 */
public final class NullSafeObjects {
    private NullSafeObjects() {
    }

    @MeteredJdk.Stand(java.util.Objects.class)
    public static int hashCode(Object o) {
        return o == null ? 0 : MeteredJdk.hashCode(o);
    }

    /** {@code Objects.hash}: {@code Arrays.hashCode} of the values, deterministic. */
    @MeteredJdk.Stand(java.util.Objects.class)
    public static int hash(Object... values) {
        return MeteredJdk.hashCode(values);
    }

    @MeteredJdk.Stand(java.util.Objects.class)
    public static String toString(Object o) {
        return MeteredJdk.stringOf(o);
    }

    @MeteredJdk.Stand(java.util.Objects.class)
    public static String toString(Object o, String nullDefault) {
        return o == null ? nullDefault : MeteredJdk.toString(o);
    }
}

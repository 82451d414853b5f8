package io.jnear.build;

/**
 * The class and package of a function TeaVM named, for {@link SizeReport}'s groups. TeaVM names a method's
 * function {@code meth_<package initials>_<Class>_<method>} ({@code meth_jl_String_charAt} is
 * {@code java.lang.String.charAt}; a nested or anonymous class counts toward its outer class); its runtime's
 * own functions have other names, grouped by their first word.
 */
final class JavaName {
    private static final String METHOD = "meth_";
    /** How {@link SizeReport} names a contract method's exported entry function. */
    static final String EXPORT = "export ";

    private JavaName() {
    }

    /** {@code initials.Class} for a method, the name's first word otherwise. */
    static String owner(String function) {
        if (function.startsWith(METHOD)) {
            String[] parts = function.substring(METHOD.length()).split("_", 3);
            if (parts.length >= 2 && !parts[0].isEmpty() && !parts[1].isEmpty()) {
                return parts[0] + "." + parts[1];
            }
        }
        if (function.startsWith(EXPORT)) {
            return "exports";
        }
        int end = function.indexOf(':') > 0 ? function.indexOf(':') : function.indexOf('_', 1);
        return end > 0 ? function.substring(0, end) : function;
    }

    /** The package initials of an owner {@link #owner} returned, or the owner itself when it has none. */
    static String packageOf(String owner) {
        int dot = owner.indexOf('.');
        return dot < 0 ? owner : owner.substring(0, dot);
    }
}

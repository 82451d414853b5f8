package io.jnear.processor.validation;

import java.util.regex.Pattern;
import javax.lang.model.type.TypeMirror;

/** Types as messages show them: {@code java.util.List<java.lang.String>} reads {@code List<String>}. */
final class TypeNames {
    // a package or enclosing-class qualifier such as "java.util." before a type name
    private static final Pattern QUALIFIER = Pattern.compile("\\b(?:[a-z_][A-Za-z0-9_]*\\.)+(?=[A-Z])");

    private TypeNames() {
    }

    static String simple(TypeMirror type) {
        return QUALIFIER.matcher(type.toString()).replaceAll("");
    }
}

package io.jnear.processor.validation;

import io.jnear.processor.Diagnostics;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * A contract's state must live in its instance fields: static fields survive between calls of one
 * deployment outside storage, are not reverted when a receipt fails, and cost no storage. Constants
 * (static final fields of immutable types) are fine.
 */
final class MutableStaticCheck implements Check {
    /** Final types whose instances cannot change, beyond primitives, enums and records. */
    private static final Set<String> IMMUTABLE = Set.of("java.lang.String", "java.lang.Boolean", "java.lang.Byte",
            "java.lang.Short", "java.lang.Integer", "java.lang.Long", "java.lang.Character", "java.lang.Float",
            "java.lang.Double", "java.math.BigInteger", "java.math.BigDecimal", "io.jnear.sdk.AccountId",
            "io.jnear.sdk.NearToken", "io.jnear.sdk.Gas", "io.jnear.sdk.U128", "io.jnear.sdk.PublicKey",
            "java.util.regex.Pattern", "java.time.Duration", "com.fasterxml.jackson.databind.ObjectReader",
            "com.fasterxml.jackson.databind.ObjectWriter");

    @Override
    public void check(TypeElement type, CheckContext ctx) {
        for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
            if (!field.getModifiers().contains(Modifier.STATIC)) {
                continue;
            }
            String problem = problem(field);
            if (problem != null) {
                ctx.reporter().report(Diagnostics.MUTABLE_STATIC, field, field.getSimpleName(), problem);
            }
        }
    }

    private static String problem(VariableElement field) {
        if (!field.getModifiers().contains(Modifier.FINAL)) {
            return "it is not final";
        }
        TypeMirror t = field.asType();
        if (t.getKind().isPrimitive()) {
            return null;
        }
        if (t.getKind() == TypeKind.ARRAY) {
            return "arrays can be changed in place";
        }
        if (t.getKind() != TypeKind.DECLARED) {
            return null;
        }
        TypeElement e = (TypeElement) ((DeclaredType) t).asElement();
        if (e.getKind() == ElementKind.ENUM || e.getKind() == ElementKind.RECORD
                || IMMUTABLE.contains(e.getQualifiedName().toString())) {
            return null;
        }
        return "its type " + e.getQualifiedName() + " is not known to be immutable";
    }
}

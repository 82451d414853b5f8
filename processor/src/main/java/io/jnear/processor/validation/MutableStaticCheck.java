package io.jnear.processor.validation;

import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import io.jnear.processor.Diagnostics;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * A contract's state must live in its instance fields: static fields survive between calls of one
 * deployment outside storage, are not reverted when a receipt fails, and cost no storage. Constants
 * (static final fields of immutable types, or collections built by the JDK's unmodifiable factories) are
 * fine. Static fields of the contract's nested classes and records are checked the same way.
 */
final class MutableStaticCheck implements Check {
    /** Final types whose instances cannot change, beyond primitives, enums and records. */
    private static final Set<String> IMMUTABLE = Set.of("java.lang.String", "java.lang.Boolean", "java.lang.Byte",
            "java.lang.Short", "java.lang.Integer", "java.lang.Long", "java.lang.Character", "java.lang.Float",
            "java.lang.Double", "java.math.BigInteger", "java.math.BigDecimal", "io.jnear.sdk.AccountId",
            "io.jnear.sdk.NearToken", "io.jnear.sdk.Gas", "io.jnear.sdk.U128", "io.jnear.sdk.PublicKey",
            "io.jnear.sdk.U8", "io.jnear.sdk.U16", "io.jnear.sdk.U32", "io.jnear.sdk.U64", "io.jnear.sdk.U64Number",
            "java.util.regex.Pattern", "java.time.Duration", "com.fasterxml.jackson.databind.ObjectReader",
            "com.fasterxml.jackson.databind.ObjectWriter");

    /** Collection interfaces whose JDK factories below return unmodifiable instances. */
    private static final Set<String> COLLECTION_TYPES = Set.of("java.util.List", "java.util.Set", "java.util.Map",
            "java.util.Collection", "java.util.SortedSet", "java.util.SortedMap", "java.util.NavigableSet",
            "java.util.NavigableMap");

    /** {@code owner#method} of factories that return unmodifiable collections. */
    private static final Set<String> UNMODIFIABLE_FACTORIES = Set.of("java.util.List#of", "java.util.List#copyOf",
            "java.util.Set#of", "java.util.Set#copyOf", "java.util.Map#of", "java.util.Map#ofEntries",
            "java.util.Map#copyOf", "java.util.Collections#emptyList", "java.util.Collections#emptySet",
            "java.util.Collections#emptyMap", "java.util.Collections#emptySortedSet",
            "java.util.Collections#emptySortedMap", "java.util.Collections#emptyNavigableSet",
            "java.util.Collections#emptyNavigableMap", "java.util.Collections#singletonList",
            "java.util.Collections#singleton", "java.util.Collections#singletonMap",
            "java.util.Collections#unmodifiableList", "java.util.Collections#unmodifiableSet",
            "java.util.Collections#unmodifiableMap", "java.util.Collections#unmodifiableCollection",
            "java.util.Collections#unmodifiableSortedSet", "java.util.Collections#unmodifiableSortedMap",
            "java.util.Collections#unmodifiableNavigableSet", "java.util.Collections#unmodifiableNavigableMap");

    @Override
    public void check(TypeElement type, CheckContext ctx) {
        check(type, "", ctx);
    }

    private void check(TypeElement type, String prefix, CheckContext ctx) {
        for (Element member : type.getEnclosedElements()) {
            if (member instanceof VariableElement field && member.getKind() == ElementKind.FIELD
                    && field.getModifiers().contains(Modifier.STATIC)) {
                String problem = problem(field, ctx);
                if (problem != null) {
                    ctx.reporter().report(Diagnostics.MUTABLE_STATIC, field, prefix + field.getSimpleName(), problem);
                }
            } else if (member instanceof TypeElement nested) {
                check(nested, prefix + nested.getSimpleName() + ".", ctx);
            }
        }
    }

    private static String problem(VariableElement field, CheckContext ctx) {
        if (!field.getModifiers().contains(Modifier.FINAL)) {
            return "it is not final";
        }
        TypeMirror t = field.asType();
        if (t.getKind() == TypeKind.ARRAY) {
            return "arrays can be changed in place";
        }
        if (isImmutable(t) || isUnmodifiableCollection(field, ctx)) {
            return null;
        }
        TypeElement e = (TypeElement) ((DeclaredType) t).asElement();
        String problem = "its type " + e.getQualifiedName() + " is not known to be immutable";
        return COLLECTION_TYPES.contains(e.getQualifiedName().toString())
                ? problem + "; a constant collection is built with List.of, Set.of, Map.of or copyOf" : problem;
    }

    private static boolean isImmutable(TypeMirror t) {
        if (t.getKind().isPrimitive() || (t.getKind() != TypeKind.DECLARED && t.getKind() != TypeKind.ARRAY)) {
            return true;
        }
        if (t.getKind() == TypeKind.ARRAY) {
            return false;
        }
        TypeElement e = (TypeElement) ((DeclaredType) t).asElement();
        return e.getKind() == ElementKind.ENUM || e.getKind() == ElementKind.RECORD
                || IMMUTABLE.contains(e.getQualifiedName().toString());
    }

    /**
     * A collection interface initialised by an unmodifiable factory ({@code Set.of(..)},
     * {@code Collections.unmodifiableMap(..)}, …) whose element types are themselves immutable.
     */
    private static boolean isUnmodifiableCollection(VariableElement field, CheckContext ctx) {
        TypeMirror t = field.asType();
        if (ctx.trees() == null || !(t instanceof DeclaredType d)
                || !COLLECTION_TYPES.contains(((TypeElement) d.asElement()).getQualifiedName().toString())
                || !d.getTypeArguments().stream().allMatch(MutableStaticCheck::isImmutable)) {
            return false;
        }
        TreePath path = ctx.trees().getPath(field);
        if (path == null || !(path.getLeaf() instanceof VariableTree v)
                || !(v.getInitializer() instanceof MethodInvocationTree init)) {
            return false;
        }
        Element factory = ctx.trees().getElement(new TreePath(path, init));
        return factory instanceof ExecutableElement m && m.getEnclosingElement() instanceof TypeElement owner
                && UNMODIFIABLE_FACTORIES.contains(owner.getQualifiedName() + "#" + m.getSimpleName());
    }
}

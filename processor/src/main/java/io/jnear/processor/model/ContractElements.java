package io.jnear.processor.model;

import io.jnear.annotations.CallbackResult;
import io.jnear.annotations.Init;
import io.jnear.annotations.Name;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * What the annotations mean for elements: which methods a contract exports, under which NEAR name, which
 * parameters are callback results and in what form. Validation and the model both read elements through
 * this one place, so they cannot disagree.
 */
public final class ContractElements {
    public static final String PROMISE = "io.jnear.sdk.Promise";
    public static final String PROMISE_RESULT = "io.jnear.sdk.PromiseResult";
    public static final String PROMISE_OR_VALUE = "io.jnear.sdk.PromiseOrValue";
    public static final String LIST = "java.util.List";

    // methods every object has; a contract overriding them does not export them
    private static final Set<String> OBJECT_METHODS = Set.of("toString()", "hashCode()", "equals(1)",
            "finalize()", "clone()");

    private ContractElements() {
    }

    /** The top-level class {@code e} is, or is declared in; null for a package or module. */
    public static TypeElement topLevel(Element e) {
        TypeElement top = null;
        for (Element at = e; at != null && at.getKind() != ElementKind.PACKAGE && at.getKind() != ElementKind.MODULE;
                at = at.getEnclosingElement()) {
            if (at instanceof TypeElement t) {
                top = t;
            }
        }
        return top;
    }

    /** The methods a @Contract class or @CrossContractCall interface exports, in source order. */
    public static List<ExecutableElement> exportedMethods(TypeElement type) {
        List<ExecutableElement> out = new ArrayList<>();
        for (ExecutableElement m : ElementFilter.methodsIn(type.getEnclosedElements())) {
            if (notExportedReason(m).isEmpty()) {
                out.add(m);
            }
        }
        return out;
    }

    /** Why {@code method} is not exported, or empty if it is. */
    public static Optional<String> notExportedReason(ExecutableElement method) {
        Set<Modifier> mods = method.getModifiers();
        boolean inInterface = method.getEnclosingElement().getKind() == ElementKind.INTERFACE;
        if (method.getKind() != ElementKind.METHOD) {
            return Optional.of("a " + method.getKind().toString().toLowerCase(java.util.Locale.ROOT));
        }
        if (mods.contains(Modifier.STATIC)) {
            return Optional.of("static");
        }
        if (inInterface) {
            return mods.contains(Modifier.DEFAULT) || mods.contains(Modifier.PRIVATE)
                    ? Optional.of("not abstract") : Optional.empty();
        }
        if (!mods.contains(Modifier.PUBLIC)) {
            return Optional.of("not public");
        }
        String key = method.getSimpleName() + (method.getParameters().isEmpty() ? "()"
                : "(" + method.getParameters().size() + ")");
        if (OBJECT_METHODS.contains(key)) {
            return Optional.of("an Object method");
        }
        return Optional.empty();
    }

    /**
     * The exported name: {@code @Name}'s value, else snake_case of the Java name, or {@code new} for an
     * {@code @Init} constructor.
     */
    public static String nearName(ExecutableElement method) {
        Name name = method.getAnnotation(Name.class);
        if (name != null) {
            return name.value();
        }
        return method.getKind() == ElementKind.CONSTRUCTOR ? "new" : NearNames.snakeCase(method.getSimpleName().toString());
    }

    public static List<ExecutableElement> initConstructors(TypeElement type) {
        List<ExecutableElement> out = new ArrayList<>();
        for (ExecutableElement c : ElementFilter.constructorsIn(type.getEnclosedElements())) {
            if (c.getAnnotation(Init.class) != null) {
                out.add(c);
            }
        }
        return out;
    }

    public static boolean isCallbackResult(VariableElement parameter) {
        return parameter.getAnnotation(CallbackResult.class) != null;
    }

    public static List<VariableElement> callbackResults(ExecutableElement method) {
        return method.getParameters().stream().filter(ContractElements::isCallbackResult).map(p -> (VariableElement) p)
                .toList();
    }

    /** The form of a @CallbackResult parameter and the result type it takes. */
    public record CallbackParam(CallbackForm form, TypeMirror valueType) {
    }

    /** Classifies a @CallbackResult parameter; empty if its type is raw (no result type to read). */
    public static Optional<CallbackParam> callbackParam(VariableElement parameter) {
        TypeMirror type = parameter.asType();
        if (isDeclared(type, PROMISE_RESULT)) {
            List<? extends TypeMirror> args = ((DeclaredType) type).getTypeArguments();
            return args.isEmpty() ? Optional.empty() : Optional.of(new CallbackParam(CallbackForm.WRAPPED, args.get(0)));
        }
        if (isDeclared(type, LIST)) {
            List<? extends TypeMirror> args = ((DeclaredType) type).getTypeArguments();
            if (!args.isEmpty() && isDeclared(args.get(0), PROMISE_RESULT)) {
                List<? extends TypeMirror> inner = ((DeclaredType) args.get(0)).getTypeArguments();
                return inner.isEmpty() ? Optional.empty() : Optional.of(new CallbackParam(CallbackForm.LIST, inner.get(0)));
            }
        }
        return Optional.of(new CallbackParam(CallbackForm.BARE, type));
    }

    /** True for {@code Promise<T>} and {@code PromiseOrValue<T>}: results the caller receives as a {@code T} later. */
    public static boolean isPromiseLike(TypeMirror type) {
        return isDeclared(type, PROMISE) || isDeclared(type, PROMISE_OR_VALUE);
    }

    public static boolean isDeclared(TypeMirror type, String qualifiedName) {
        return type.getKind() == TypeKind.DECLARED
                && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals(qualifiedName);
    }

    /** The mirror of annotation {@code annotation} on {@code element}, for precise diagnostics. */
    public static Optional<AnnotationMirror> mirror(Element element, Class<?> annotation) {
        for (AnnotationMirror m : element.getAnnotationMirrors()) {
            if (((TypeElement) m.getAnnotationType().asElement()).getQualifiedName()
                    .contentEquals(annotation.getCanonicalName())) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}

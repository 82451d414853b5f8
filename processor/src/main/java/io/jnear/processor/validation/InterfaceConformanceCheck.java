package io.jnear.processor.validation;

import io.jnear.annotations.ConformsTo;
import io.jnear.annotations.CrossContractCall;
import io.jnear.processor.Diagnostics;
import io.jnear.processor.model.ContractElements;
import io.jnear.processor.model.NearNames;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * A contract implementing a @CrossContractCall interface promises that the interface's stub calls it
 * correctly: same NEAR names, same argument keys (Java lets an implementation rename parameters, JSON
 * does not), same callback parameters. A contract naming the interface in {@code @ConformsTo} instead
 * (Java's {@code implements} cannot let a {@code PromiseOrValue<T>} method stand for a {@code T} one) is held
 * to what {@code implements} would check, with results compared by the value they resolve to.
 */
final class InterfaceConformanceCheck implements Check {
    @Override
    public void check(TypeElement type, CheckContext ctx) {
        checkImplemented(type, ctx);
        ContractElements.mirror(type, ConformsTo.class).ifPresent(mirror -> {
            for (TypeMirror named : conformsTo(mirror)) {
                if (!(named instanceof DeclaredType d) || !(d.asElement() instanceof TypeElement iface)
                        || iface.getKind() != ElementKind.INTERFACE
                        || iface.getAnnotation(CrossContractCall.class) == null) {
                    ctx.reporter().report(Diagnostics.CONFORMS_TO_NOT_INTERFACE, type, mirror, named);
                } else {
                    checkConforming(type, iface, mirror, ctx);
                }
            }
        });
    }

    private static List<TypeMirror> conformsTo(AnnotationMirror mirror) {
        List<TypeMirror> out = new ArrayList<>();
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : mirror.getElementValues().entrySet()) {
            if (e.getKey().getSimpleName().contentEquals("value") && e.getValue().getValue() instanceof List<?> values) {
                for (Object v : values) {
                    if (v instanceof AnnotationValue av && av.getValue() instanceof TypeMirror t) {
                        out.add(t);
                    }
                }
            }
        }
        return out;
    }

    private static void checkConforming(TypeElement type, TypeElement iface, AnnotationMirror mirror,
            CheckContext ctx) {
        String ifaceName = iface.getSimpleName().toString();
        List<ExecutableElement> exported = ContractElements.exportedMethods(type);
        for (ExecutableElement declared : ContractElements.exportedMethods(iface)) {
            String nearName = ContractElements.nearName(declared);
            String method = declared.getSimpleName().toString();
            ExecutableElement impl = exported.stream().filter(m -> ContractElements.nearName(m).equals(nearName))
                    .findFirst().orElse(null);
            if (impl == null) {
                ctx.reporter().report(Diagnostics.CONFORMS_TO_MISSING, type, mirror, type.getSimpleName(), ifaceName,
                        nearName, ifaceName, method, ifaceName, method);
                continue;
            }
            List<? extends VariableElement> dp = declared.getParameters();
            List<? extends VariableElement> ip = impl.getParameters();
            if (dp.size() != ip.size()) {
                ctx.reporter().report(Diagnostics.INTERFACE_MISMATCH, impl, impl.getSimpleName(), ifaceName, method,
                        "takes " + ip.size() + " parameters, not " + dp.size(), ifaceName,
                        "Declare the interface's parameters");
                continue;
            }
            boolean paramsMatch = checkParameters(impl, ifaceName, method, dp, ip, ctx);
            for (int i = 0; paramsMatch && i < dp.size(); i++) {
                TypeMirror want = ctx.json().boxed(dp.get(i).asType());
                TypeMirror got = ctx.json().boxed(ip.get(i).asType());
                if (!ctx.types().isSameType(want, got)) {
                    ctx.reporter().report(Diagnostics.INTERFACE_MISMATCH, ip.get(i), impl.getSimpleName(), ifaceName,
                            method, "parameter " + ip.get(i).getSimpleName() + " is a " + got + ", not a " + want,
                            ifaceName, "Declare it as the interface does");
                    paramsMatch = false;
                }
            }
            TypeMirror want = resolvedValue(declared.getReturnType(), ctx);
            TypeMirror got = resolvedValue(impl.getReturnType(), ctx);
            if (paramsMatch && !ctx.types().isSameType(want, got)) {
                ctx.reporter().report(Diagnostics.INTERFACE_MISMATCH, impl, impl.getSimpleName(), ifaceName, method,
                        "resolves to " + got + ", not " + want, ifaceName,
                        "Return " + want + ", Promise<" + want + "> or PromiseOrValue<" + want + ">");
            }
        }
    }

    /** What a caller receives: {@code T} for {@code T}, {@code Promise<T>} and {@code PromiseOrValue<T>}. */
    private static TypeMirror resolvedValue(TypeMirror type, CheckContext ctx) {
        if (ContractElements.isPromiseLike(type) && type instanceof DeclaredType d && d.getTypeArguments().size() == 1) {
            return resolvedValue(d.getTypeArguments().get(0), ctx);
        }
        return type.getKind() == TypeKind.VOID ? ctx.elements().getTypeElement("java.lang.Void").asType()
                : ctx.json().boxed(type);
    }

    private static void checkImplemented(TypeElement type, CheckContext ctx) {
        for (TypeElement iface : crossContractInterfaces(type)) {
            for (ExecutableElement declared : ContractElements.exportedMethods(iface)) {
                ExecutableElement impl = implementation(type, iface, declared, ctx);
                String ifaceName = iface.getSimpleName().toString();
                String method = declared.getSimpleName().toString();
                if (impl == null) {
                    continue; // inherited or missing: javac reports what is missing
                }
                if (ContractElements.notExportedReason(impl).isPresent()) {
                    continue;
                }
                String expected = ContractElements.nearName(declared);
                String actual = ContractElements.nearName(impl);
                if (!expected.equals(actual)) {
                    ctx.reporter().report(Diagnostics.INTERFACE_MISMATCH, impl, impl.getSimpleName(), ifaceName,
                            method, "exports it as \"" + actual + "\", not \"" + expected + "\"", ifaceName,
                            "Use the same @Name on both");
                    continue;
                }
                checkParameters(impl, ifaceName, method, declared.getParameters(), impl.getParameters(), ctx);
            }
        }
    }

    /** Same argument keys and @CallbackResult parameters; true if they match. */
    private static boolean checkParameters(ExecutableElement impl, String ifaceName, String method,
            List<? extends VariableElement> dp, List<? extends VariableElement> ip, CheckContext ctx) {
        boolean match = true;
        for (int i = 0; i < dp.size(); i++) {
            String want = NearNames.snakeCase(dp.get(i).getSimpleName().toString());
            String got = NearNames.snakeCase(ip.get(i).getSimpleName().toString());
            if (ContractElements.isCallbackResult(dp.get(i)) != ContractElements.isCallbackResult(ip.get(i))) {
                ctx.reporter().report(Diagnostics.INTERFACE_MISMATCH, ip.get(i), impl.getSimpleName(),
                        ifaceName, method, "parameter " + ip.get(i).getSimpleName()
                                + " differs in @CallbackResult", ifaceName,
                        "Annotate the parameter the same way in both");
                match = false;
            } else if (!want.equals(got) && !ContractElements.isCallbackResult(dp.get(i))) {
                ctx.reporter().report(Diagnostics.INTERFACE_MISMATCH, ip.get(i), impl.getSimpleName(),
                        ifaceName, method, "its argument key is \"" + got + "\", not \"" + want + "\"",
                        ifaceName, "Name the parameter " + dp.get(i).getSimpleName() + " as the interface does");
                match = false;
            }
        }
        return match;
    }

    private static ExecutableElement implementation(TypeElement type, TypeElement iface, ExecutableElement declared,
            CheckContext ctx) {
        for (ExecutableElement m : ElementFilter.methodsIn(type.getEnclosedElements())) {
            if (m.getSimpleName().equals(declared.getSimpleName()) && ctx.elements().overrides(m, declared, type)) {
                return m;
            }
        }
        return null;
    }

    private static Set<TypeElement> crossContractInterfaces(TypeElement type) {
        Set<TypeElement> out = new HashSet<>();
        Deque<TypeMirror> todo = new ArrayDeque<>(type.getInterfaces());
        while (!todo.isEmpty()) {
            TypeMirror t = todo.pop();
            if (t instanceof DeclaredType d && d.asElement() instanceof TypeElement e) {
                if (e.getAnnotation(CrossContractCall.class) != null) {
                    out.add(e);
                }
                todo.addAll(e.getInterfaces());
            }
        }
        return out;
    }
}

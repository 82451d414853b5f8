package io.jnear.processor.validation;

import io.jnear.annotations.CrossContractCall;
import io.jnear.processor.Diagnostics;
import io.jnear.processor.model.ContractElements;
import io.jnear.processor.model.NearNames;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * A contract implementing a @CrossContractCall interface promises that the interface's stub calls it
 * correctly: same NEAR names, same argument keys (Java lets an implementation rename parameters, JSON
 * does not), same callback parameters.
 */
final class InterfaceConformanceCheck implements Check {
    @Override
    public void check(TypeElement type, CheckContext ctx) {
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
                List<? extends VariableElement> dp = declared.getParameters();
                List<? extends VariableElement> ip = impl.getParameters();
                for (int i = 0; i < dp.size(); i++) {
                    String want = NearNames.snakeCase(dp.get(i).getSimpleName().toString());
                    String got = NearNames.snakeCase(ip.get(i).getSimpleName().toString());
                    if (ContractElements.isCallbackResult(dp.get(i)) != ContractElements.isCallbackResult(ip.get(i))) {
                        ctx.reporter().report(Diagnostics.INTERFACE_MISMATCH, ip.get(i), impl.getSimpleName(),
                                ifaceName, method, "parameter " + ip.get(i).getSimpleName()
                                        + " differs in @CallbackResult", ifaceName,
                                "Annotate the parameter the same way in both");
                    } else if (!want.equals(got) && !ContractElements.isCallbackResult(dp.get(i))) {
                        ctx.reporter().report(Diagnostics.INTERFACE_MISMATCH, ip.get(i), impl.getSimpleName(),
                                ifaceName, method, "its argument key is \"" + got + "\", not \"" + want + "\"",
                                ifaceName, "Name the parameter " + dp.get(i).getSimpleName() + " as the interface does");
                    }
                }
            }
        }
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

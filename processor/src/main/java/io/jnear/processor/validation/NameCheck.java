package io.jnear.processor.validation;

import io.jnear.annotations.Name;
import io.jnear.processor.Diagnostics;
import io.jnear.processor.model.ContractElements;
import io.jnear.processor.model.NearNames;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * NEAR finds methods by name alone: every exported name must be valid and unique (overloads,
 * snake_case collisions and @Name clashes all collide), and must not shadow the stub's own methods.
 */
final class NameCheck implements Check {
    private static final Set<String> STUB_METHODS = Set.of("on", "self", "withStaticGas", "withAttachedDeposit",
            "withUnusedGasWeight", "init", "rebuild");

    @Override
    public void check(TypeElement type, CheckContext ctx) {
        boolean isInterface = type.getKind() == ElementKind.INTERFACE;
        Map<String, String> taken = new HashMap<>();
        if (!isInterface) {
            for (ExecutableElement init : ContractElements.initConstructors(type)) {
                var nameMirror = ContractElements.mirror(init, Name.class);
                String nearName = ContractElements.nearName(init);
                if (nameMirror.isPresent() && !NearNames.isValidMethodName(nearName)) {
                    ctx.reporter().report(Diagnostics.INVALID_NAME, init, nameMirror.get(), nearName);
                    continue;
                }
                // two initializers with one name are reported by ContractShapeCheck
                taken.putIfAbsent(nearName, "the @Init constructor " + nearName);
            }
        }
        for (ExecutableElement m : ContractElements.exportedMethods(type)) {
            String javaName = m.getSimpleName().toString();
            var nameMirror = ContractElements.mirror(m, Name.class);
            if (nameMirror.isPresent() && !NearNames.isValidMethodName(m.getAnnotation(Name.class).value())) {
                ctx.reporter().report(Diagnostics.INVALID_NAME, m, nameMirror.get(), m.getAnnotation(Name.class).value());
                continue;
            }
            if (javaName.equals("init") && !isInterface) {
                ctx.reporter().report(Diagnostics.RESERVED_INIT, m);
            } else if (STUB_METHODS.contains(javaName)) {
                ctx.reporter().report(Diagnostics.RESERVED_NAME, m, javaName, javaName);
            }
            String nearName = ContractElements.nearName(m);
            if (nearName.equals("new") && !isInterface) {
                ctx.reporter().report(Diagnostics.EXPORTED_NEW, m, nameMirror.orElse(null), javaName);
                continue;
            }
            String previous = taken.putIfAbsent(nearName, "method " + signature(m));
            if (previous != null) {
                if (isInterface) {
                    ctx.reporter().report(Diagnostics.CROSS_CONTRACT_OVERLOAD, m, type.getSimpleName(),
                            "\"" + nearName + "\" (" + previous + " and " + signature(m) + ")");
                } else {
                    ctx.reporter().report(Diagnostics.DUPLICATE_NAME, m, signature(m), nearName, previous);
                }
            }
        }
    }

    /** {@code put(String, List<String>)}: enough to tell overloads apart in a message. */
    static String signature(ExecutableElement m) {
        StringBuilder out = new StringBuilder(m.getSimpleName()).append('(');
        for (int i = 0; i < m.getParameters().size(); i++) {
            out.append(i == 0 ? "" : ", ").append(TypeNames.simple(m.getParameters().get(i).asType()));
        }
        return out.append(')').toString();
    }
}

package io.jnear.processor.validation;

import io.jnear.annotations.Contract;
import io.jnear.annotations.Init;
import io.jnear.processor.Diagnostics;
import io.jnear.processor.model.ContractElements;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;

/**
 * A contract is a public, concrete, non-generic, top-level or static class the runtime can create. A wrong
 * modifier is reported on the declaration that carries it (the class or constructor), not on {@code @Contract}.
 */
final class ContractShapeCheck implements Check {
    @Override
    public void check(TypeElement type, CheckContext ctx) {
        var mirror = ContractElements.mirror(type, Contract.class).orElse(null);
        String name = type.getQualifiedName().toString();
        if (type.getKind() != ElementKind.CLASS) {
            ctx.reporter().report(Diagnostics.CONTRACT_NOT_CLASS, type, mirror, name);
            return;
        }
        if (!type.getModifiers().contains(Modifier.PUBLIC)) {
            ctx.reporter().report(Diagnostics.CONTRACT_NOT_PUBLIC, type, name);
        }
        if (type.getNestingKind().isNested() && !type.getModifiers().contains(Modifier.STATIC)) {
            ctx.reporter().report(Diagnostics.CONTRACT_NOT_STATIC, type, name);
        }
        if (type.getModifiers().contains(Modifier.ABSTRACT)) {
            ctx.reporter().report(Diagnostics.CONTRACT_ABSTRACT, type, name);
        }
        if (!type.getTypeParameters().isEmpty()) {
            ctx.reporter().report(Diagnostics.CONTRACT_GENERIC, type, name);
        }
        List<ExecutableElement> inits = ContractElements.initConstructors(type);
        Set<String> initNames = new HashSet<>();
        for (ExecutableElement init : inits) {
            String nearName = ContractElements.nearName(init);
            if (!initNames.add(nearName)) {
                ctx.reporter().report(Diagnostics.MULTIPLE_INIT, init,
                        ContractElements.mirror(init, Init.class).orElse(null), name, nearName);
            }
        }
        for (ExecutableElement init : inits) {
            if (!init.getModifiers().contains(Modifier.PUBLIC)) {
                ctx.reporter().report(Diagnostics.INIT_NOT_PUBLIC, init, name);
            }
            for (VariableElement p : init.getParameters()) {
                if (ContractElements.isCallbackResult(p)) {
                    ctx.reporter().report(Diagnostics.INIT_CALLBACK, p);
                }
            }
        }
        boolean hasNoArg = ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
                .anyMatch(c -> c.getParameters().isEmpty() && !c.getModifiers().contains(Modifier.PRIVATE));
        if (inits.isEmpty() && !hasNoArg) {
            ctx.reporter().report(Diagnostics.NO_CONSTRUCTOR, type, mirror, name);
        }
    }
}

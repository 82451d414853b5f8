package io.jnear.processor.validation;

import io.jnear.annotations.CrossContractCall;
import io.jnear.processor.Diagnostics;
import io.jnear.processor.model.ContractElements;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/** A @CrossContractCall describes another contract's fixed surface: an interface without generics. */
final class CrossContractShapeCheck implements Check {
    @Override
    public void check(TypeElement type, CheckContext ctx) {
        var mirror = ContractElements.mirror(type, CrossContractCall.class).orElse(null);
        if (type.getKind() != ElementKind.INTERFACE) {
            ctx.reporter().report(Diagnostics.CROSS_CONTRACT_NOT_INTERFACE, type, mirror, type.getQualifiedName());
            return;
        }
        if (!type.getTypeParameters().isEmpty()) {
            ctx.reporter().report(Diagnostics.CROSS_CONTRACT_GENERIC, type, mirror,
                    "Interface " + type.getSimpleName());
        }
        for (ExecutableElement m : ContractElements.exportedMethods(type)) {
            if (!m.getTypeParameters().isEmpty()) {
                ctx.reporter().report(Diagnostics.CROSS_CONTRACT_GENERIC, m, "Method " + m.getSimpleName());
            }
        }
    }
}

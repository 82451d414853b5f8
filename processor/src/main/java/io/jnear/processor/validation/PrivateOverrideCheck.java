package io.jnear.processor.validation;

import io.jnear.annotations.Private;
import io.jnear.processor.Diagnostics;
import io.jnear.processor.model.ContractElements;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * A @Private on a supertype's method states that only the contract may call it; an override that drops
 * the annotation is exported without the check, so the override must carry it too.
 */
final class PrivateOverrideCheck implements Check {
    @Override
    public void check(TypeElement type, CheckContext ctx) {
        for (ExecutableElement m : ContractElements.exportedMethods(type)) {
            if (m.getAnnotation(Private.class) != null) {
                continue;
            }
            privateOverridden(type, type, m, ctx).ifPresent(base -> ctx.reporter().report(Diagnostics.PRIVATE_DROPPED,
                    m, m.getSimpleName(), base.getEnclosingElement().getSimpleName() + "." + base.getSimpleName()));
        }
    }

    /** The @Private method of one of {@code from}'s supertypes that {@code m} overrides, if any. */
    private static Optional<ExecutableElement> privateOverridden(TypeElement contract, TypeElement from, ExecutableElement m,
            CheckContext ctx) {
        for (TypeMirror s : ctx.types().directSupertypes(from.asType())) {
            if (!(s instanceof DeclaredType d) || !(d.asElement() instanceof TypeElement sup)) {
                continue;
            }
            for (ExecutableElement candidate : ElementFilter.methodsIn(sup.getEnclosedElements())) {
                if (candidate.getAnnotation(Private.class) != null
                        && ctx.elements().overrides(m, candidate, contract)) {
                    return Optional.of(candidate);
                }
            }
            Optional<ExecutableElement> deeper = privateOverridden(contract, sup, m, ctx);
            if (deeper.isPresent()) {
                return deeper;
            }
        }
        return Optional.empty();
    }
}

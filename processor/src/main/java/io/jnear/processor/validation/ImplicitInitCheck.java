package io.jnear.processor.validation;

import io.jnear.processor.Diagnostics;
import io.jnear.processor.model.ContractElements;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * Without an @Init constructor, the no-argument constructor and the field initialisers run when the first
 * call of any method finds no state; whatever they read from that call's context (the predecessor, the
 * signer) is decided by whoever calls first, so an owner taken from there belongs to the fastest stranger.
 */
final class ImplicitInitCheck implements BodyCheck {
    @Override
    public void check(TypeElement contract, ContractBodies bodies, CheckContext ctx) {
        if (!ContractElements.initConstructors(contract).isEmpty()) {
            return;
        }
        String name = contract.getSimpleName().toString();
        for (ContractBodies.Site s : bodies.initializerEffects()) {
            if (readsCaller(s)) {
                ctx.reporter().reportAt(Diagnostics.IMPLICIT_INIT_OWNER, contract, s.tree(), bodies.unit(),
                        "A field initializer", s.what(), name);
            }
        }
        for (ExecutableElement c : ElementFilter.constructorsIn(contract.getEnclosedElements())) {
            if (!c.getParameters().isEmpty()) {
                continue;
            }
            for (ContractBodies.Site s : bodies.effects(c)) {
                if (readsCaller(s)) {
                    ctx.reporter().reportAt(Diagnostics.IMPLICIT_INIT_OWNER, c, s.tree(), bodies.unit(),
                            "The constructor of " + name, s.what(), name);
                }
            }
        }
    }

    private static boolean readsCaller(ContractBodies.Site s) {
        return s.effect() == ContractBodies.Effect.READ_PREDECESSOR || s.effect() == ContractBodies.Effect.READ_SIGNER;
    }
}

package io.jnear.processor.validation;

import io.jnear.annotations.View;
import io.jnear.processor.Diagnostics;
import io.jnear.processor.model.ContractElements;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * A @View body may not do what NEAR refuses in a view call: write state, schedule promises, or read the
 * predecessor, signer, deposit or gas of a call it does not have. Helpers the view calls count too.
 */
final class ViewBodyCheck implements BodyCheck {
    @Override
    public void check(TypeElement contract, ContractBodies bodies, CheckContext ctx) {
        for (ExecutableElement m : ContractElements.exportedMethods(contract)) {
            if (m.getAnnotation(View.class) == null) {
                continue;
            }
            for (ContractBodies.Site s : bodies.effects(m)) {
                switch (s.effect()) {
                    case FIELD_WRITE, COLLECTION_MUTATION, STORAGE_WRITE, PROMISE -> ctx.reporter().reportAt(
                            Diagnostics.VIEW_WRITES, m, s.tree(), bodies.unit(), m.getSimpleName(), s.what());
                    case READ_PREDECESSOR, READ_SIGNER, READ_DEPOSIT, READ_GAS -> ctx.reporter().reportAt(
                            Diagnostics.VIEW_CONTEXT, m, s.tree(), bodies.unit(), m.getSimpleName(), s.what());
                    case READ_PROMISE_RESULT -> {
                        // a view has no promise results; NEAR fails the read itself, nothing to add
                    }
                }
            }
        }
    }
}

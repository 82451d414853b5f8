package io.jnear.processor.validation;

import io.jnear.annotations.Private;
import io.jnear.processor.Diagnostics;
import io.jnear.processor.model.CallbackForm;
import io.jnear.processor.model.ContractElements;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Results reach a contract only as callback parameters: a public method reading {@code Env.promiseResult}
 * can be fed a forged one; a callback that never looks at its result cannot notice a failure; and inside a
 * callback the predecessor is the contract itself, so reading the caller's context there is a mistake.
 */
final class CallbackBodyCheck implements BodyCheck {
    @Override
    public void check(TypeElement contract, ContractBodies bodies, CheckContext ctx) {
        for (ExecutableElement m : ContractElements.exportedMethods(contract)) {
            List<VariableElement> results = ContractElements.callbackResults(m);
            String name = m.getSimpleName().toString();
            if (results.isEmpty()) {
                if (m.getAnnotation(Private.class) == null) {
                    for (ContractBodies.Site s : bodies.effects(m)) {
                        if (s.effect() == ContractBodies.Effect.READ_PROMISE_RESULT) {
                            ctx.reporter().reportAt(Diagnostics.FORGED_RESULT, m, s.tree(), bodies.unit(), name,
                                    s.what());
                        }
                    }
                }
                continue;
            }
            for (VariableElement p : results) {
                boolean wrapped = ContractElements.callbackParam(p).map(c -> c.form() != CallbackForm.BARE)
                        .orElse(false);
                if (wrapped && !bodies.reads(m, p)) {
                    ctx.reporter().report(Diagnostics.UNREAD_CALLBACK_RESULT, p, name, p.getSimpleName());
                }
            }
            for (ContractBodies.Site s : bodies.effects(m)) {
                String instead = switch (s.effect()) {
                    case READ_PREDECESSOR -> "the predecessor is this contract itself";
                    case READ_SIGNER -> "the signer is whoever signed the first transaction of the chain, "
                            + "which need not be the account that called you";
                    case READ_DEPOSIT -> "the deposit is what the callback itself was given (usually 0), not "
                            + "the original call's";
                    default -> null;
                };
                if (instead != null) {
                    ctx.reporter().reportAt(Diagnostics.CALLBACK_CONTEXT, m, s.tree(), bodies.unit(), name,
                            s.what(), instead);
                }
            }
        }
    }
}

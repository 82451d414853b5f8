package io.jnear.processor.validation;

import io.jnear.annotations.Private;
import io.jnear.processor.Diagnostics;
import io.jnear.processor.model.CallbackForm;
import io.jnear.processor.model.ContractElements;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * Callbacks must be private (else anyone can feed them a forged result), take results in a shape the
 * dispatcher can decode and a join can type, and should see failures rather than panic on them.
 */
final class CallbackCheck implements Check {
    /**
     * The {@code T} to suggest in {@code PromiseResult<T>}: a callback receives what a promise resolved to,
     * so a {@code Promise<X>} parameter is suggested as {@code X}, never as {@code PromiseResult<Promise<X>>}.
     */
    private static TypeMirror suggestedResultType(TypeMirror type, CheckContext ctx) {
        if (ContractElements.isPromiseLike(type) && type instanceof DeclaredType d && d.getTypeArguments().size() == 1) {
            return suggestedResultType(d.getTypeArguments().get(0), ctx);
        }
        return ctx.json().boxed(type);
    }

    @Override
    public void check(TypeElement type, CheckContext ctx) {
        boolean isContract = type.getKind().isClass();
        for (ExecutableElement m : ContractElements.exportedMethods(type)) {
            List<VariableElement> results = ContractElements.callbackResults(m);
            if (results.isEmpty()) {
                continue;
            }
            String name = m.getSimpleName().toString();
            if (isContract && m.getAnnotation(Private.class) == null) {
                ctx.reporter().report(Diagnostics.PUBLIC_CALLBACK, m, name);
            }
            int lists = 0;
            for (VariableElement p : results) {
                Optional<ContractElements.CallbackParam> param = ContractElements.callbackParam(p);
                if (param.isEmpty()) {
                    ctx.reporter().report(Diagnostics.CALLBACK_FORM, p, name,
                            "PromiseResult has no type argument, so its result type is unknown");
                    continue;
                }
                if (param.get().form() == CallbackForm.LIST) {
                    lists++;
                }
                if (param.get().form() == CallbackForm.BARE) {
                    ctx.reporter().report(Diagnostics.UNWRAPPED_CALLBACK, p, p.getSimpleName(),
                            TypeNames.simple(suggestedResultType(p.asType(), ctx)));
                }
            }
            if (lists > 0 && results.size() > 1) {
                ctx.reporter().report(Diagnostics.CALLBACK_FORM, results.get(1), name,
                        "a List<PromiseResult<T>> takes every result, so it must be the only @CallbackResult");
            }
        }
    }
}

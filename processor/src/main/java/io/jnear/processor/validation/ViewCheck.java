package io.jnear.processor.validation;

import io.jnear.annotations.Payable;
import io.jnear.annotations.Private;
import io.jnear.annotations.View;
import io.jnear.processor.Diagnostics;
import io.jnear.processor.model.ContractElements;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/** A view runs without a predecessor, deposit or promises, so those annotations and results contradict it. */
final class ViewCheck implements Check {
    @Override
    public void check(TypeElement type, CheckContext ctx) {
        for (ExecutableElement m : ContractElements.exportedMethods(type)) {
            var view = ContractElements.mirror(m, View.class);
            if (view.isEmpty()) {
                continue;
            }
            String name = m.getSimpleName().toString();
            ContractElements.mirror(m, Private.class)
                    .ifPresent(a -> ctx.reporter().report(Diagnostics.VIEW_PRIVATE, m, a, name));
            ContractElements.mirror(m, Payable.class)
                    .ifPresent(a -> ctx.reporter().report(Diagnostics.VIEW_PAYABLE, m, a, name));
            if (ContractElements.isPromiseLike(m.getReturnType())) {
                ctx.reporter().report(Diagnostics.VIEW_PROMISE, m, view.get(), name);
            }
            if (!ContractElements.callbackResults(m).isEmpty()) {
                ctx.reporter().report(Diagnostics.VIEW_CALLBACK, m, view.get(), name);
            }
        }
    }
}

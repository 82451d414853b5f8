package io.jnear.processor.validation;

import io.jnear.annotations.CallbackResult;
import io.jnear.annotations.Init;
import io.jnear.annotations.Name;
import io.jnear.annotations.Payable;
import io.jnear.annotations.Private;
import io.jnear.annotations.View;
import io.jnear.processor.Diagnostics;
import io.jnear.processor.model.ContractElements;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Method annotations only mean something on exported methods: a @Private that guards nothing is a
 * security hole that looks like a fix.
 */
final class NotExportedCheck implements Check {
    private static final List<Class<?>> METHOD_ANNOTATIONS = List.of(Private.class, Payable.class, View.class,
            Name.class);

    @Override
    public void check(TypeElement type, CheckContext ctx) {
        for (Element e : type.getEnclosedElements()) {
            if (!(e instanceof ExecutableElement method)) {
                continue;
            }
            boolean initConstructor = method.getKind() == ElementKind.CONSTRUCTOR
                    && method.getAnnotation(Init.class) != null;
            Optional<String> reason = initConstructor ? Optional.empty() : ContractElements.notExportedReason(method);
            if (reason.isEmpty()) {
                continue;
            }
            String what = describe(method);
            for (Class<?> annotation : METHOD_ANNOTATIONS) {
                var mirror = ContractElements.mirror(method, annotation);
                mirror.ifPresent(m -> ctx.reporter().report(Diagnostics.NOT_EXPORTED, method, m,
                        annotation.getSimpleName(), what, reason.get()));
            }
            for (VariableElement p : method.getParameters()) {
                ContractElements.mirror(p, CallbackResult.class).ifPresent(m -> ctx.reporter().report(
                        Diagnostics.NOT_EXPORTED, p, m, "CallbackResult", what, reason.get()));
            }
        }
    }

    static String describe(ExecutableElement method) {
        return method.getKind() == ElementKind.CONSTRUCTOR ? "the constructor of " + method.getEnclosingElement().getSimpleName()
                : "method " + method.getSimpleName();
    }
}

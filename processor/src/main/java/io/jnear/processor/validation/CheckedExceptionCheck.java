package io.jnear.processor.validation;

import io.jnear.processor.Diagnostics;
import io.jnear.processor.model.ContractElements;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/** The dispatcher calls exported methods from {@code dispatch}, which has no checked exceptions to declare. */
final class CheckedExceptionCheck implements Check {
    @Override
    public void check(TypeElement type, CheckContext ctx) {
        List<ExecutableElement> methods = new ArrayList<>(ContractElements.exportedMethods(type));
        methods.addAll(ContractElements.initConstructors(type));
        TypeMirror runtime = ctx.elements().getTypeElement("java.lang.RuntimeException").asType();
        TypeMirror error = ctx.elements().getTypeElement("java.lang.Error").asType();
        for (ExecutableElement m : methods) {
            for (TypeMirror thrown : m.getThrownTypes()) {
                if (!ctx.types().isSubtype(thrown, runtime) && !ctx.types().isSubtype(thrown, error)) {
                    String what = NotExportedCheck.describe(m);
                    ctx.reporter().report(Diagnostics.CHECKED_EXCEPTION, m,
                            Character.toUpperCase(what.charAt(0)) + what.substring(1), thrown);
                }
            }
        }
    }
}

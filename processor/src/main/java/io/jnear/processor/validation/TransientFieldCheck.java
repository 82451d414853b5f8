package io.jnear.processor.validation;

import com.sun.source.tree.VariableTree;
import io.jnear.processor.Diagnostics;
import io.jnear.processor.model.BorshState;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.ElementFilter;

/**
 * Transient fields are not saved, and loading JSON state does not run initialisers (it creates the instance
 * without a constructor): an initialised transient field holds its initial value only in the call that
 * created the contract, and its default afterwards. Borsh state runs the no-argument constructor, so there
 * the initialiser runs on every call.
 */
final class TransientFieldCheck implements Check {
    @Override
    public void check(TypeElement type, CheckContext ctx) {
        if (ctx.trees() == null || BorshState.whyNot(type).isEmpty()) {
            return; // Borsh state is loaded through the no-argument constructor, which runs the initialisers
        }
        for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
            if (!field.getModifiers().contains(Modifier.TRANSIENT) || field.getModifiers().contains(Modifier.STATIC)) {
                continue;
            }
            if (ctx.trees().getTree(field) instanceof VariableTree tree && tree.getInitializer() != null) {
                ctx.reporter().report(Diagnostics.TRANSIENT_INITIALIZER, field, field.getSimpleName(),
                        defaultValue(field));
            }
        }
    }

    private static String defaultValue(VariableElement field) {
        TypeKind kind = field.asType().getKind();
        return kind == TypeKind.BOOLEAN ? "false" : kind.isPrimitive() ? "0" : "null";
    }
}

package io.jnear.processor.validation;

import io.jnear.processor.Diagnostics;
import io.jnear.processor.model.BorshState;
import io.jnear.processor.model.JsonTypes;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Every contract's state is generated Borsh, so it must follow {@link BorshState}'s rule; each breach is
 * an error on the element to change. A field whose type JSON cannot map either is left to
 * {@link StateFieldCheck}, so one mistake gets one message.
 */
final class BorshStateCheck implements Check {
    @Override
    public void check(TypeElement type, CheckContext ctx) {
        for (BorshState.Problem p : BorshState.problems(type)) {
            Element field = p.field();
            switch (p.kind()) {
                case INHERITED_FIELD -> ctx.reporter().report(Diagnostics.INHERITED_STATE_FIELD, type,
                        type.getSimpleName(), field.getSimpleName(), field.getEnclosingElement().getSimpleName());
                case NO_CONSTRUCTOR -> ctx.reporter().report(Diagnostics.NO_STATE_CONSTRUCTOR, type,
                        type.getSimpleName(), type.getSimpleName());
                case PRIVATE_FIELD -> ctx.reporter().report(Diagnostics.PRIVATE_STATE_FIELD, field,
                        field.getSimpleName());
                case FINAL_FIELD -> ctx.reporter().report(Diagnostics.FINAL_STATE_FIELD, field, field.getSimpleName());
                case NO_BORSH_FORM -> {
                    if (ctx.json().problem(field.asType(), JsonTypes.Mode.STATE).isEmpty()) {
                        ctx.reporter().report(Diagnostics.NO_BORSH_FORM, field, field.getSimpleName(), field.asType());
                    }
                }
            }
        }
    }
}

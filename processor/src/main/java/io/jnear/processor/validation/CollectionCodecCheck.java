package io.jnear.processor.validation;

import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import io.jnear.processor.Diagnostics;
import io.jnear.processor.model.BorshState;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * {@code new LookupMap<>("a")} gets its codecs from the field's type arguments only where the state is
 * generated Borsh ({@link BorshState}); in a contract with JSON state such a field could not read or write
 * a single entry, so it is an error on the field. Read from the field's initializer through the Trees API;
 * skipped where that API is unavailable.
 */
final class CollectionCodecCheck implements Check {
    @Override
    public void check(TypeElement type, CheckContext ctx) {
        if (ctx.trees() == null) {
            return;
        }
        Optional<String> jsonState = BorshState.whyNot(type);
        if (jsonState.isEmpty()) {
            return;
        }
        for (VariableElement field : BorshState.stateFields(type)) {
            if (!BorshState.isDeclared(field.asType(), BorshState.LOOKUP_MAP)) {
                continue;
            }
            Tree tree = ctx.trees().getTree(field);
            if (tree instanceof VariableTree v && v.getInitializer() instanceof NewClassTree created
                    && created.getArguments().size() == 1) {
                ctx.reporter().report(Diagnostics.COLLECTION_CODECS, field, field.getSimpleName(),
                        jsonState.get());
            }
        }
    }
}

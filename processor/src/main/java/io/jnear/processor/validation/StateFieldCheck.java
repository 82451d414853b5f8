package io.jnear.processor.validation;

import io.jnear.processor.Diagnostics;
import io.jnear.processor.model.JsonTypes;
import io.jnear.processor.model.JsonTypes.Unmappable;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * A contract's state is its instance fields (inherited ones too), stored as JSON between calls; each must
 * be storable, or transient (then it is reset on every call).
 */
final class StateFieldCheck implements Check {
    @Override
    public void check(TypeElement type, CheckContext ctx) {
        for (TypeElement t = type; t != null && !t.getQualifiedName().toString().startsWith("java."); t = superclass(t)) {
            for (VariableElement field : ElementFilter.fieldsIn(t.getEnclosedElements())) {
                if (field.getModifiers().contains(Modifier.STATIC) || field.getModifiers().contains(Modifier.TRANSIENT)) {
                    continue;
                }
                Optional<Unmappable> problem = ctx.json().problem(field.asType(), JsonTypes.Mode.STATE);
                if (problem.isPresent()) {
                    // inherited fields are reported on the contract, which is what the user can change
                    // a storage collection cannot be transient: its entries would be lost between calls
                    boolean collection = ctx.json().shapeOf(field.asType(), JsonTypes.Mode.STATE)
                            instanceof JsonTypes.StorageCollection;
                    Element at = t == type ? field : type;
                    if (collection) {
                        ctx.reporter().report(Diagnostics.UNSTORABLE_COLLECTION, at, field.getSimpleName(),
                                field.asType(), problem.get().reason(), problem.get().fix());
                    } else {
                        ctx.reporter().report(Diagnostics.UNSTORABLE_FIELD, at, field.getSimpleName(),
                                field.asType(), problem.get().reason(), problem.get().fix());
                    }
                }
            }
        }
    }

    private static TypeElement superclass(TypeElement t) {
        TypeMirror s = t.getSuperclass();
        return s.getKind() == TypeKind.DECLARED ? (TypeElement) ((DeclaredType) s).asElement() : null;
    }
}

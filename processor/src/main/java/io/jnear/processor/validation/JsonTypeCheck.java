package io.jnear.processor.validation;

import io.jnear.processor.Diagnostics;
import io.jnear.processor.model.ContractElements;
import io.jnear.processor.model.JsonTypes;
import io.jnear.processor.model.JsonTypes.Unmappable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Arguments, callback results and results travel as JSON, so their types must map to it (see {@link JsonTypes}). */
final class JsonTypeCheck implements Check {
    @Override
    public void check(TypeElement type, CheckContext ctx) {
        List<ExecutableElement> methods = new ArrayList<>(ContractElements.exportedMethods(type));
        methods.addAll(ContractElements.initConstructors(type));
        for (ExecutableElement m : methods) {
            for (VariableElement p : m.getParameters()) {
                TypeMirror t = p.asType();
                if (ContractElements.isCallbackResult(p)) {
                    var cb = ContractElements.callbackParam(p);
                    if (cb.isEmpty()) {
                        continue; // CallbackCheck reports it
                    }
                    t = cb.get().valueType();
                }
                Optional<Unmappable> problem = ctx.json().problem(t, JsonTypes.Mode.ARGS);
                if (problem.isPresent()) {
                    ctx.reporter().report(Diagnostics.UNMAPPABLE_PARAM, p, p.getSimpleName(), t,
                            problem.get().reason(), problem.get().fix());
                }
            }
            TypeMirror result = m.getReturnType();
            if (result.getKind() == TypeKind.VOID) {
                continue;
            }
            if (ContractElements.isPromiseLike(result)) {
                List<? extends TypeMirror> args = ((DeclaredType) result).getTypeArguments();
                if (args.isEmpty()) {
                    ctx.reporter().report(Diagnostics.UNMAPPABLE_RESULT, m, m.getSimpleName(), result,
                            "it is a raw " + ((DeclaredType) result).asElement().getSimpleName(),
                            "Say what it resolves to, e.g. Promise<String>");
                    continue;
                }
                result = args.get(0);
            }
            Optional<Unmappable> problem = ctx.json().problem(result, JsonTypes.Mode.ARGS);
            if (problem.isPresent()) {
                ctx.reporter().report(Diagnostics.UNMAPPABLE_RESULT, m, m.getSimpleName(), result,
                        problem.get().reason(), problem.get().fix());
            }
        }
    }
}

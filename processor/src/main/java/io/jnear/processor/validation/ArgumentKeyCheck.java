package io.jnear.processor.validation;

import io.jnear.processor.Diagnostics;
import io.jnear.processor.model.ContractElements;
import io.jnear.processor.model.NearNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/** Arguments travel as one JSON object keyed by snake_case names, so two parameters may not share a key. */
final class ArgumentKeyCheck implements Check {
    @Override
    public void check(TypeElement type, CheckContext ctx) {
        List<ExecutableElement> methods = new ArrayList<>(ContractElements.exportedMethods(type));
        methods.addAll(ContractElements.initConstructors(type));
        for (ExecutableElement m : methods) {
            Map<String, VariableElement> keys = new HashMap<>();
            for (VariableElement p : m.getParameters()) {
                if (ContractElements.isCallbackResult(p)) {
                    continue;
                }
                String key = NearNames.snakeCase(p.getSimpleName().toString());
                VariableElement previous = keys.putIfAbsent(key, p);
                if (previous != null) {
                    ctx.reporter().report(Diagnostics.DUPLICATE_ARG_KEY, p, previous.getSimpleName(),
                            p.getSimpleName(), NotExportedCheck.describe(m), key);
                }
            }
        }
    }
}

package io.jnear.processor.writing;

import io.jnear.processor.model.ContractModel;
import io.jnear.processor.model.MethodModel;
import io.jnear.processor.model.NearNames;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names of the generated members of each method ({@code GetGreetingArgs}, {@code GET_GREETING_RESULT},
 * {@code handleGetGreeting}), derived from the NEAR name and made unique even when two NEAR names differ
 * only in case or underscores.
 */
final class MemberNames {
    private final Map<MethodModel, String> handles = new IdentityHashMap<>();

    MemberNames(ContractModel contract) {
        Set<String> used = new HashSet<>();
        for (MethodModel init : contract.inits()) {
            add(init, used);
        }
        for (MethodModel m : contract.methods()) {
            add(m, used);
        }
    }

    private void add(MethodModel m, Set<String> used) {
        String base = NearNames.upperCamel(m.nearName());
        if (base.isEmpty() || !Character.isJavaIdentifierStart(base.charAt(0))) {
            base = "M" + base;
        }
        String handle = base;
        for (int i = 2; !used.add(handle.toLowerCase(Locale.ROOT)); i++) {
            handle = base + i;
        }
        handles.put(m, handle);
    }

    /** {@code GetGreeting}. */
    String handle(MethodModel m) {
        return handles.get(m);
    }

    String argsRecord(MethodModel m) {
        return handle(m) + "Args";
    }

    /** {@code GET_GREETING}: prefix of the method's static fields. */
    String constant(MethodModel m) {
        return NearNames.snakeCase(handle(m)).toUpperCase(Locale.ROOT);
    }
}

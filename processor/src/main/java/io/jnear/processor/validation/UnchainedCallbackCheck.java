package io.jnear.processor.validation;

import com.sun.source.util.TreePath;
import io.jnear.processor.Diagnostics;
import io.jnear.processor.model.ContractElements;
import io.jnear.processor.model.ModelBuilder;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/**
 * A callback runs only when some promise is chained to it with {@code then}; one that nothing chains is
 * the reaction to a failure that never comes. Looks for the callback's stub method, or its NEAR name as a
 * string (a hand-built {@code Promise.functionCall}), anywhere in the contract. Skipped when the stub was
 * not generated (the contract had errors), since its calls cannot resolve then.
 */
final class UnchainedCallbackCheck implements BodyCheck {
    @Override
    public void check(TypeElement contract, ContractBodies bodies, CheckContext ctx) {
        String stub = ModelBuilder.flatName(contract) + "Stub";
        PackageElement pkg = ctx.elements().getPackageOf(contract);
        if (ctx.elements().getTypeElement(pkg.isUnnamed() ? stub : pkg.getQualifiedName() + "." + stub) == null) {
            return;
        }
        Set<String> chained = new HashSet<>();
        for (Element member : bodies.members()) {
            for (TreePath path : bodies.invocations(member)) {
                StubCalls.read(path, bodies, ctx).filter(c -> c.target().equals(contract))
                        .ifPresent(c -> chained.add(c.method().getSimpleName().toString()));
            }
        }
        for (ExecutableElement m : ContractElements.exportedMethods(contract)) {
            String nearName = ContractElements.nearName(m);
            if (!ContractElements.callbackResults(m).isEmpty() && !chained.contains(m.getSimpleName().toString())
                    && !bodies.mentions(nearName)) {
                ctx.reporter().report(Diagnostics.UNCHAINED_CALLBACK, m, m.getSimpleName(), contract.getSimpleName(),
                        stub + ".self()", nearName);
            }
        }
    }
}

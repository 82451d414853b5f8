package io.jnear.processor.validation;

import com.sun.source.util.TreePath;
import io.jnear.annotations.Payable;
import io.jnear.processor.Diagnostics;
import io.jnear.processor.model.ContractElements;
import io.jnear.processor.model.ModelBuilder;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * Stub calls that cannot work, found where they are written: a deposit sent to a method that refuses one,
 * a call given no gas at all, and {@code XStub.self()} calling a method this contract does not export.
 */
final class StubWiringCheck implements BodyCheck {
    private static final String GAS = "io.jnear.sdk.Gas";
    private static final String NEAR_TOKEN = "io.jnear.sdk.NearToken";

    @Override
    public void check(TypeElement contract, ContractBodies bodies, CheckContext ctx) {
        for (Element member : bodies.members()) {
            for (TreePath path : bodies.invocations(member)) {
                StubCalls.read(path, bodies, ctx).ifPresent(call -> check(contract, member, call, bodies, ctx));
            }
        }
    }

    private static void check(TypeElement contract, Element member, StubCalls.Call call, ContractBodies bodies,
            CheckContext ctx) {
        TypeElement target = call.target();
        String stub = ModelBuilder.flatName(target) + "Stub";
        String method = call.method().getSimpleName().toString();
        Optional<ExecutableElement> called = exported(target, method);
        if (call.origin().filter("self"::equals).isPresent() && !contract.equals(target) && called.isPresent()) {
            String nearName = ContractElements.nearName(called.get());
            boolean exportedHere = ContractElements.exportedMethods(contract).stream()
                    .anyMatch(m -> ContractElements.nearName(m).equals(nearName));
            if (!exportedHere) {
                ctx.reporter().reportAt(Diagnostics.FOREIGN_SELF, member, call.originTree(), bodies.unit(), stub,
                        target.getSimpleName(), method, contract.getSimpleName(), nearName,
                        ModelBuilder.flatName(contract) + "Stub");
            }
        }
        Optional<StubCalls.Setting> deposit = call.last("withAttachedDeposit");
        if (deposit.isPresent() && !isZeroToken(deposit.get().argument(), bodies) && declaresPayability(target)) {
            called.filter(m -> m.getAnnotation(Payable.class) == null).ifPresent(m ->
                    ctx.reporter().reportAt(Diagnostics.DEPOSIT_NOT_PAYABLE, member, deposit.get().argument().getLeaf(),
                            bodies.unit(), target.getSimpleName(), method, ContractElements.nearName(m)));
        }
        Optional<StubCalls.Setting> weight = call.last("withUnusedGasWeight");
        Optional<StubCalls.Setting> gas = call.last("withStaticGas");
        boolean noWeight = weight.flatMap(w -> StubCalls.constant(w.argument(), bodies))
                .filter(v -> v instanceof Number n && n.longValue() == 0).isPresent();
        boolean noGas = gas.isEmpty() || StubCalls.isField(gas.get().argument(), bodies, GAS, "ZERO")
                || StubCalls.isZeroFactory(gas.get().argument(), bodies, GAS);
        if (noWeight && noGas) {
            ctx.reporter().reportAt(Diagnostics.NO_GAS, member, weight.get().argument().getLeaf(), bodies.unit(),
                    target.getSimpleName(), method);
        }
    }

    /**
     * A contract says which of its methods take deposits; an interface says so only if it marks at least
     * one method @Payable (one describing a Rust contract may not mark any).
     */
    private static boolean declaresPayability(TypeElement target) {
        return target.getKind() == ElementKind.CLASS || ElementFilter.methodsIn(target.getEnclosedElements()).stream()
                .anyMatch(m -> m.getAnnotation(Payable.class) != null);
    }

    private static boolean isZeroToken(TreePath argument, ContractBodies bodies) {
        return StubCalls.isField(argument, bodies, NEAR_TOKEN, "ZERO")
                || StubCalls.isZeroFactory(argument, bodies, NEAR_TOKEN);
    }

    private static Optional<ExecutableElement> exported(TypeElement target, String javaName) {
        return ElementFilter.methodsIn(target.getEnclosedElements()).stream()
                .filter(m -> m.getSimpleName().contentEquals(javaName))
                .filter(m -> ContractElements.notExportedReason(m).isEmpty()).findFirst();
    }
}

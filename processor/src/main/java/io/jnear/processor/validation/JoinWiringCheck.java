package io.jnear.processor.validation;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.util.TreePath;
import io.jnear.processor.Diagnostics;
import io.jnear.processor.model.ContractElements;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * {@code Promise.join(a, b, c, d, e).then(XStub.self().onAll())}: Java's generics cannot count a join's
 * members, so the callback's {@code @CallbackResult} parameters are held to the joined promises here, as
 * javac holds {@code Promise.and}'s typed callbacks: as many as there are promises, each taking the type its
 * promise resolves to. The join and the callback may be kept in local variables.
 */
final class JoinWiringCheck implements BodyCheck {
    private static final String PROMISE = "io.jnear.sdk.Promise";
    private static final String JOIN_ANY = "io.jnear.sdk.JoinAny";

    @Override
    public void check(TypeElement contract, ContractBodies bodies, CheckContext ctx) {
        for (Element member : bodies.members()) {
            for (TreePath path : bodies.invocations(member)) {
                check(member, path, bodies, ctx);
            }
        }
    }

    private static void check(Element member, TreePath path, ContractBodies bodies, CheckContext ctx) {
        MethodInvocationTree then = (MethodInvocationTree) path.getLeaf();
        if (!(bodies.element(path) instanceof ExecutableElement m) || !m.getSimpleName().contentEquals("then")
                || !isOwnedBy(m, JOIN_ANY) || then.getArguments().size() != 1
                || !(then.getMethodSelect() instanceof MemberSelectTree select)) {
            return;
        }
        TreePath joinPath = StubCalls.resolved(new TreePath(new TreePath(path, select), select.getExpression()), bodies);
        TreePath callbackPath = StubCalls.resolved(new TreePath(path, then.getArguments().get(0)), bodies);
        if (!(joinPath.getLeaf() instanceof MethodInvocationTree join)
                || !(bodies.element(joinPath) instanceof ExecutableElement joinMethod)
                || !joinMethod.getSimpleName().contentEquals("join") || !isOwnedBy(joinMethod, PROMISE)
                || !joinMethod.getModifiers().contains(Modifier.STATIC)) {
            return;
        }
        Optional<StubCalls.Call> call = StubCalls.read(callbackPath, bodies, ctx);
        Optional<ExecutableElement> callback = call.flatMap(c -> callbackMethod(c));
        List<? extends ExpressionTree> promises = join.getArguments();
        if (callback.isEmpty() || isArrayPassed(joinPath, promises, ctx)) {
            return;
        }
        List<VariableElement> results = ContractElements.callbackResults(callback.get());
        String name = callback.get().getSimpleName().toString();
        if (results.size() != promises.size()) {
            ctx.reporter().reportAt(Diagnostics.JOIN_COUNT_MISMATCH, member, then.getArguments().get(0), bodies.unit(),
                    name, results.size(), promises.size());
            return;
        }
        for (int i = 0; i < promises.size(); i++) {
            TreePath promise = new TreePath(joinPath, promises.get(i));
            Optional<TypeMirror> resolves = resolvedType(ctx.trees().getTypeMirror(promise));
            Optional<ContractElements.CallbackParam> param = ContractElements.callbackParam(results.get(i));
            if (resolves.isEmpty() || param.isEmpty()) {
                continue;
            }
            TypeMirror takes = ctx.json().boxed(param.get().valueType());
            if (!ctx.types().isAssignable(resolves.get(), takes)) {
                ctx.reporter().reportAt(Diagnostics.JOIN_TYPE_MISMATCH, member, promises.get(i), bodies.unit(), i,
                        resolves.get(), name, takes, results.get(i).getSimpleName());
            }
        }
    }

    /** The stubbed contract's callback method the stub call names. */
    private static Optional<ExecutableElement> callbackMethod(StubCalls.Call call) {
        return ContractElements.exportedMethods(call.target()).stream()
                .filter(m -> m.getSimpleName().equals(call.method().getSimpleName()))
                .filter(m -> !ContractElements.callbackResults(m).isEmpty()).findFirst();
    }

    /** {@code Promise.join(array)}: the promises are not written out, so there is nothing to compare. */
    private static boolean isArrayPassed(TreePath joinPath, List<? extends ExpressionTree> promises, CheckContext ctx) {
        if (promises.size() != 1) {
            return false;
        }
        TypeMirror t = ctx.trees().getTypeMirror(new TreePath(joinPath, promises.get(0)));
        return t == null || t.getKind() == TypeKind.ARRAY;
    }

    /** {@code T} for an expression of type {@code Promise<T>}; empty for a wildcard or raw promise. */
    private static Optional<TypeMirror> resolvedType(TypeMirror type) {
        if (type instanceof DeclaredType d && d.getTypeArguments().size() == 1
                && d.getTypeArguments().get(0).getKind() == TypeKind.DECLARED) {
            return Optional.of(d.getTypeArguments().get(0));
        }
        return Optional.empty();
    }

    private static boolean isOwnedBy(ExecutableElement m, String owner) {
        return m.getEnclosingElement() instanceof TypeElement t && t.getQualifiedName().contentEquals(owner);
    }
}

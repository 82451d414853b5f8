package io.jnear.processor.validation;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import io.jnear.annotations.Contract;
import io.jnear.annotations.CrossContractCall;
import io.jnear.processor.model.ModelBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Reads calls through generated stubs ({@code XStub.on(a).withStaticGas(g).foo()}) back into what they
 * mean: the stubbed contract or interface, how the stub was obtained, and the settings applied before the
 * call. A stub kept in a local variable ({@code var bank = BankStub.on(a).withStaticGas(g); bank.foo()}) is
 * read through the variable's initialiser, when the variable is never assigned again.
 */
final class StubCalls {
    static final String STUB_SUPPORT = "io.jnear.sdk.spi.StubSupport";
    private static final Set<String> SETTINGS = Set.of("withStaticGas", "withAttachedDeposit", "withUnusedGasWeight");
    /** How many local variables one chain is followed through (a variable initialised from another, …). */
    private static final int MAX_VARIABLE_HOPS = 8;

    /** One {@code withX(arg)} applied to the stub. */
    record Setting(String name, TreePath argument) {
    }

    /**
     * A call of an exported method through a stub.
     *
     * @param target the stubbed @Contract class or @CrossContractCall interface
     * @param method the stub method called (named like the target's Java method)
     * @param origin {@code "on"} or {@code "self"}, or empty when the stub came from elsewhere
     * @param originTree the {@code XStub.self()} call, when {@code origin} is {@code "self"}
     */
    record Call(TypeElement target, ExecutableElement method, Optional<String> origin, Tree originTree,
            List<Setting> settings) {
        Optional<Setting> last(String name) {
            Setting found = null;
            for (Setting s : settings) {
                if (s.name().equals(name)) {
                    found = s;
                }
            }
            return Optional.ofNullable(found);
        }
    }

    private StubCalls() {
    }

    /** True for a generated stub class: it extends {@code StubSupport}. */
    static boolean isStub(TypeElement type) {
        TypeMirror sup = type.getSuperclass();
        return sup instanceof DeclaredType d && isStubSupport(d.asElement());
    }

    private static boolean isStubSupport(Element e) {
        return e instanceof TypeElement t && t.getQualifiedName().contentEquals(STUB_SUPPORT);
    }

    /** True for a stub method that makes a call (not a setting, not a factory). */
    static boolean isCallMethod(ExecutableElement m) {
        return m.getKind() == ElementKind.METHOD && !m.getModifiers().contains(Modifier.STATIC)
                && m.getModifiers().contains(Modifier.PUBLIC) && !SETTINGS.contains(m.getSimpleName().toString());
    }

    /** The @Contract or @CrossContractCall type a stub class was generated for. */
    static Optional<TypeElement> target(TypeElement stub, Elements elements) {
        String simple = stub.getSimpleName().toString();
        if (!simple.endsWith("Stub") || !(stub.getEnclosingElement() instanceof PackageElement pkg)) {
            return Optional.empty();
        }
        String flat = simple.substring(0, simple.length() - "Stub".length());
        String prefix = pkg.isUnnamed() ? "" : pkg.getQualifiedName() + ".";
        TypeElement t = elements.getTypeElement(prefix + flat.replace('_', '.'));
        if (t == null || !ModelBuilder.flatName(t).equals(flat)
                || (t.getAnnotation(Contract.class) == null && t.getAnnotation(CrossContractCall.class) == null)) {
            return Optional.empty();
        }
        return Optional.of(t);
    }

    /** The stub call at {@code path}, if it is one. */
    static Optional<Call> read(TreePath path, ContractBodies bodies, CheckContext ctx) {
        if (!(path.getLeaf() instanceof MethodInvocationTree tree)
                || !(bodies.element(path) instanceof ExecutableElement m)
                || !(m.getEnclosingElement() instanceof TypeElement stub)
                || !isStub(stub) || !isCallMethod(m)) {
            return Optional.empty();
        }
        Optional<TypeElement> target = target(stub, ctx.elements());
        if (target.isEmpty() || !(tree.getMethodSelect() instanceof MemberSelectTree select)) {
            return Optional.empty();
        }
        List<Setting> settings = new ArrayList<>();
        TreePath receiver = new TreePath(new TreePath(path, select), select.getExpression());
        for (int hops = 0; hops < MAX_VARIABLE_HOPS; ) {
            Tree leaf = unparenthesized(receiver.getLeaf());
            if (leaf instanceof IdentifierTree && bodies.element(receiver) instanceof VariableElement local
                    && local.getKind() == ElementKind.LOCAL_VARIABLE) {
                Optional<TreePath> init = bodies.initializer(local);
                if (init.isEmpty()) {
                    break;
                }
                receiver = init.get();
                hops++;
                continue;
            }
            if (!(leaf instanceof MethodInvocationTree inner) || !(bodies.element(receiver) instanceof ExecutableElement im)
                    || !(im.getEnclosingElement().equals(stub) || isStubSupport(im.getEnclosingElement()))) {
                return Optional.of(new Call(target.get(), m, Optional.empty(), null, settings));
            }
            String name = im.getSimpleName().toString();
            if (SETTINGS.contains(name) && inner.getArguments().size() == 1
                    && inner.getMethodSelect() instanceof MemberSelectTree innerSelect) {
                settings.add(0, new Setting(name, new TreePath(receiver, inner.getArguments().get(0))));
                receiver = new TreePath(new TreePath(receiver, innerSelect), innerSelect.getExpression());
            } else if ((name.equals("on") || name.equals("self")) && im.getModifiers().contains(Modifier.STATIC)) {
                return Optional.of(new Call(target.get(), m, Optional.of(name), inner, settings));
            } else {
                return Optional.of(new Call(target.get(), m, Optional.empty(), null, settings));
            }
        }
        return Optional.of(new Call(target.get(), m, Optional.empty(), null, settings));
    }

    /**
     * The expression a path stands for: parentheses removed, and a local variable replaced by its initialiser
     * when it is never assigned again.
     */
    static TreePath resolved(TreePath path, ContractBodies bodies) {
        TreePath at = path;
        for (int hops = 0; hops < MAX_VARIABLE_HOPS; hops++) {
            Tree leaf = at.getLeaf();
            if (leaf instanceof ParenthesizedTree p) {
                at = new TreePath(at, p.getExpression());
            } else if (leaf instanceof IdentifierTree && bodies.element(at) instanceof VariableElement local
                    && local.getKind() == ElementKind.LOCAL_VARIABLE && bodies.initializer(local).isPresent()) {
                at = bodies.initializer(local).get();
            } else {
                return at;
            }
        }
        return at;
    }

    /** The constant value of an expression: a literal, or a reference to a constant variable. */
    static Optional<Object> constant(TreePath path, ContractBodies bodies) {
        Tree leaf = unparenthesized(path.getLeaf());
        if (leaf instanceof LiteralTree l) {
            return Optional.ofNullable(l.getValue());
        }
        if ((leaf instanceof IdentifierTree || leaf instanceof MemberSelectTree)
                && bodies.element(path) instanceof VariableElement v) {
            return Optional.ofNullable(v.getConstantValue());
        }
        return Optional.empty();
    }

    /** True if the expression is the named constant field {@code owner.field} (e.g. {@code Gas.ZERO}). */
    static boolean isField(TreePath path, ContractBodies bodies, String owner, String field) {
        Element e = bodies.element(path);
        return e instanceof VariableElement v && v.getKind() == ElementKind.FIELD
                && v.getSimpleName().contentEquals(field) && v.getEnclosingElement() instanceof TypeElement t
                && t.getQualifiedName().contentEquals(owner);
    }

    /** True if the expression is {@code owner.factory(0)} for a static factory of {@code owner}. */
    static boolean isZeroFactory(TreePath path, ContractBodies bodies, String owner) {
        Tree leaf = unparenthesized(path.getLeaf());
        if (!(leaf instanceof MethodInvocationTree call) || call.getArguments().size() != 1
                || !(bodies.element(path) instanceof ExecutableElement m)
                || !m.getModifiers().contains(Modifier.STATIC)
                || !(m.getEnclosingElement() instanceof TypeElement t) || !t.getQualifiedName().contentEquals(owner)) {
            return false;
        }
        ExpressionTree arg = call.getArguments().get(0);
        return constant(new TreePath(path, arg), bodies).filter(v -> v instanceof Number n && n.longValue() == 0)
                .isPresent();
    }

    private static Tree unparenthesized(Tree tree) {
        Tree t = tree;
        while (t instanceof ParenthesizedTree p) {
            t = p.getExpression();
        }
        return t;
    }
}

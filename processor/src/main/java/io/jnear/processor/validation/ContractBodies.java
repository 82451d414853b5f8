package io.jnear.processor.validation;

import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * What the bodies of one contract's methods, constructors and initialisers do, read once through the
 * compiler Trees API: which fields they write, which chain context they read, which promises they make and
 * which of the contract's own methods they call. Checks ask for a member's {@link #effects effects}: its own,
 * plus those of the helpers it calls (reported at the call, since that is the line the author wrote).
 */
final class ContractBodies {
    /** Something a body does that some kind of method may not. */
    enum Effect {
        FIELD_WRITE, COLLECTION_MUTATION, STORAGE_WRITE, PROMISE, READ_PREDECESSOR, READ_SIGNER, READ_DEPOSIT,
        READ_GAS, READ_PROMISE_RESULT
    }

    /** One effect at one place: {@code what} says it in words ("assigns field count"). */
    record Site(Effect effect, Tree tree, String what) {
    }

    private static final String ENV = "io.jnear.sdk.Env";
    private static final String PROMISE = "io.jnear.sdk.Promise";
    private static final String COLLECTIONS_PACKAGE = "io.jnear.sdk.collections";

    private static final Map<String, Effect> ENV_METHODS = Map.ofEntries(
            Map.entry("predecessorAccountId", Effect.READ_PREDECESSOR),
            Map.entry("signerAccountId", Effect.READ_SIGNER),
            Map.entry("signerAccountPk", Effect.READ_SIGNER),
            Map.entry("attachedDeposit", Effect.READ_DEPOSIT),
            Map.entry("prepaidGas", Effect.READ_GAS),
            Map.entry("usedGas", Effect.READ_GAS),
            Map.entry("storageWrite", Effect.STORAGE_WRITE),
            Map.entry("storageRemove", Effect.STORAGE_WRITE),
            Map.entry("storageReplace", Effect.STORAGE_WRITE),
            Map.entry("promiseReturn", Effect.PROMISE),
            Map.entry("promiseResult", Effect.READ_PROMISE_RESULT),
            Map.entry("promiseResultsCount", Effect.READ_PROMISE_RESULT));

    /** Methods that change a JDK collection or one of jnear's storage collections. */
    private static final Set<String> MUTATORS = Set.of("add", "addAll", "addFirst", "addLast", "clear", "compute",
            "computeIfAbsent", "computeIfPresent", "extend", "insert", "merge", "offer", "offerFirst", "offerLast",
            "poll", "pollFirst", "pollLast", "pop", "push", "put", "putAll", "putIfAbsent", "remove", "removeAll",
            "removeFirst", "removeIf", "removeLast", "replace", "replaceAll", "retainAll", "set", "sort",
            "swapRemove", "take");

    private final TypeElement contract;
    private final Trees trees;
    private final Types types;
    private final TypeMirror collection;
    private final TypeMirror map;
    private final Map<Element, Body> bodies = new LinkedHashMap<>();
    private final List<Body> initializers = new ArrayList<>();
    private final Set<String> strings = new HashSet<>();
    /** Each local variable's initialiser, for variables never assigned again (a stub or promise kept in one). */
    private final Map<Element, TreePath> localInitializers = new HashMap<>();
    private final Set<Element> reassignedLocals = new HashSet<>();
    private final CompilationUnitTree unit;

    private record Body(TreePath path, List<Site> sites, Map<Tree, ExecutableElement> calls, Set<Element> readLocals) {
    }

    private ContractBodies(TypeElement contract, CompilationUnitTree unit, CheckContext ctx) {
        this.contract = contract;
        this.unit = unit;
        this.trees = ctx.trees();
        this.types = ctx.types();
        this.collection = types.erasure(ctx.elements().getTypeElement("java.util.Collection").asType());
        this.map = types.erasure(ctx.elements().getTypeElement("java.util.Map").asType());
    }

    /** The bodies of {@code contract}, or empty where the Trees API or the source is unavailable. */
    static Optional<ContractBodies> of(TypeElement contract, CheckContext ctx) {
        if (ctx.trees() == null) {
            return Optional.empty();
        }
        TreePath classPath = ctx.trees().getPath(contract);
        if (classPath == null || !(classPath.getLeaf() instanceof ClassTree classTree)) {
            return Optional.empty();
        }
        ContractBodies bodies = new ContractBodies(contract, classPath.getCompilationUnit(), ctx);
        bodies.read(classPath, classTree);
        return Optional.of(bodies);
    }

    private void read(TreePath classPath, ClassTree classTree) {
        for (Tree member : classTree.getMembers()) {
            TreePath path = new TreePath(classPath, member);
            if (member instanceof MethodTree) {
                Element e = trees.getElement(path);
                if (e != null) {
                    bodies.put(e, scan(path));
                }
            } else if (member instanceof VariableTree v && v.getInitializer() != null
                    && !v.getModifiers().getFlags().contains(Modifier.STATIC)) {
                initializers.add(scan(path));
            } else if (member instanceof BlockTree b && !b.isStatic()) {
                initializers.add(scan(path));
            }
        }
    }

    CompilationUnitTree unit() {
        return unit;
    }

    /** The effects of {@code member}'s body, including those of the contract methods it calls. */
    List<Site> effects(ExecutableElement member) {
        Body body = bodies.get(member);
        return body == null ? List.of() : effects(body);
    }

    /** The effects of the instance field initialisers and initialiser blocks, which every constructor runs. */
    List<Site> initializerEffects() {
        List<Site> out = new ArrayList<>();
        for (Body b : initializers) {
            out.addAll(effects(b));
        }
        return out;
    }

    /** True if {@code member}'s own body names {@code local} (a parameter or local variable). */
    boolean reads(ExecutableElement member, Element local) {
        Body body = bodies.get(member);
        return body == null || body.readLocals().contains(local);
    }

    /** True if a string literal equal to {@code text} occurs in any body or initialiser. */
    boolean mentions(String text) {
        return strings.contains(text);
    }

    /** The methods and constructors whose bodies were read, in source order. */
    Set<Element> members() {
        return bodies.keySet();
    }

    /** Every method invocation in {@code member}'s own body, with the method it resolved to. */
    List<TreePath> invocations(Element member) {
        Body body = bodies.get(member);
        if (body == null) {
            return List.of();
        }
        List<TreePath> out = new ArrayList<>();
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitMethodInvocation(MethodInvocationTree tree, Void unused) {
                out.add(getCurrentPath());
                return super.visitMethodInvocation(tree, unused);
            }
        }.scan(body.path(), null);
        return out;
    }

    Element element(TreePath path) {
        return trees.getElement(path);
    }

    /**
     * The initialiser of local variable {@code local}, if it has one and is never assigned again: what the
     * variable holds wherever it is read.
     */
    Optional<TreePath> initializer(Element local) {
        return reassignedLocals.contains(local) ? Optional.empty() : Optional.ofNullable(localInitializers.get(local));
    }

    private List<Site> effects(Body body) {
        List<Site> out = new ArrayList<>(body.sites());
        for (Map.Entry<Tree, ExecutableElement> call : body.calls().entrySet()) {
            Set<Element> seen = new HashSet<>();
            seen.add(call.getValue());
            for (Site s : transitive(call.getValue(), seen)) {
                out.add(new Site(s.effect(), call.getKey(),
                        "calls " + call.getValue().getSimpleName() + "(), which " + s.what()));
            }
        }
        return out;
    }

    private List<Site> transitive(ExecutableElement method, Set<Element> seen) {
        Body body = bodies.get(method);
        if (body == null) {
            return List.of();
        }
        List<Site> out = new ArrayList<>(body.sites());
        for (ExecutableElement callee : new LinkedHashSet<>(body.calls().values())) {
            if (seen.add(callee)) {
                out.addAll(transitive(callee, seen));
            }
        }
        return out;
    }

    private Body scan(TreePath path) {
        Body body = new Body(path, new ArrayList<>(), new LinkedHashMap<>(), new HashSet<>());
        new Scanner(body).scan(path, null);
        return body;
    }

    private final class Scanner extends TreePathScanner<Void, Void> {
        private final Body body;

        Scanner(Body body) {
            this.body = body;
        }

        @Override
        public Void visitIdentifier(IdentifierTree tree, Void unused) {
            Element e = trees.getElement(getCurrentPath());
            if (e != null && (e.getKind() == ElementKind.PARAMETER || e.getKind() == ElementKind.LOCAL_VARIABLE)) {
                body.readLocals().add(e);
            }
            return super.visitIdentifier(tree, unused);
        }

        @Override
        public Void visitLiteral(LiteralTree tree, Void unused) {
            if (tree.getValue() instanceof String text) {
                strings.add(text);
            }
            return super.visitLiteral(tree, unused);
        }

        @Override
        public Void visitVariable(VariableTree tree, Void unused) {
            if (tree.getInitializer() != null
                    && trees.getElement(getCurrentPath()) instanceof VariableElement v
                    && v.getKind() == ElementKind.LOCAL_VARIABLE) {
                localInitializers.put(v, new TreePath(getCurrentPath(), tree.getInitializer()));
            }
            return super.visitVariable(tree, unused);
        }

        @Override
        public Void visitAssignment(AssignmentTree tree, Void unused) {
            fieldWrite(tree.getVariable(), tree);
            if (trees.getElement(new TreePath(getCurrentPath(), tree.getVariable())) instanceof VariableElement v
                    && v.getKind() == ElementKind.LOCAL_VARIABLE) {
                reassignedLocals.add(v);
            }
            return super.visitAssignment(tree, unused);
        }

        @Override
        public Void visitCompoundAssignment(CompoundAssignmentTree tree, Void unused) {
            fieldWrite(tree.getVariable(), tree);
            return super.visitCompoundAssignment(tree, unused);
        }

        @Override
        public Void visitUnary(UnaryTree tree, Void unused) {
            switch (tree.getKind()) {
                case PREFIX_INCREMENT, PREFIX_DECREMENT, POSTFIX_INCREMENT, POSTFIX_DECREMENT ->
                        fieldWrite(tree.getExpression(), tree);
                default -> {
                }
            }
            return super.visitUnary(tree, unused);
        }

        @Override
        public Void visitMethodInvocation(MethodInvocationTree tree, Void unused) {
            if (trees.getElement(getCurrentPath()) instanceof ExecutableElement m
                    && m.getEnclosingElement() instanceof TypeElement owner) {
                classify(tree, m, owner);
            }
            return super.visitMethodInvocation(tree, unused);
        }

        private void classify(MethodInvocationTree tree, ExecutableElement m, TypeElement owner) {
            String name = m.getSimpleName().toString();
            String ownerName = owner.getQualifiedName().toString();
            if (ownerName.equals(ENV) && ENV_METHODS.containsKey(name)) {
                body.sites().add(new Site(ENV_METHODS.get(name), tree, "calls Env." + name + "()"));
            } else if (ownerName.equals(PROMISE) && m.getModifiers().contains(Modifier.STATIC)) {
                body.sites().add(new Site(Effect.PROMISE, tree, "creates a promise (Promise." + name + ")"));
            } else if (StubCalls.isStub(owner) && StubCalls.isCallMethod(m)) {
                body.sites().add(new Site(Effect.PROMISE, tree,
                        "creates a promise (" + owner.getSimpleName() + "." + name + ")"));
            } else if (owner.equals(contract) && m.getKind() == ElementKind.METHOD) {
                body.calls().put(tree, m);
            } else if (MUTATORS.contains(name) && !m.getModifiers().contains(Modifier.STATIC)
                    && tree.getMethodSelect() instanceof MemberSelectTree select
                    && isCollection(owner)) {
                rootField(new TreePath(getCurrentPath(), select.getExpression())).ifPresent(f -> body.sites().add(new Site(
                        Effect.COLLECTION_MUTATION, tree, "calls " + f.getSimpleName() + "." + name + "(..)")));
            }
        }

        private boolean isCollection(TypeElement owner) {
            Element pkg = owner.getEnclosingElement();
            if (pkg.getKind() == ElementKind.PACKAGE
                    && ((PackageElement) pkg).getQualifiedName()
                            .contentEquals(COLLECTIONS_PACKAGE)) {
                return true;
            }
            TypeMirror erased = types.erasure(owner.asType());
            return types.isSubtype(erased, collection) || types.isSubtype(erased, map);
        }

        private void fieldWrite(ExpressionTree target, Tree at) {
            rootField(new TreePath(getCurrentPath(), target)).ifPresent(f -> body.sites().add(
                    new Site(Effect.FIELD_WRITE, at, "assigns field " + f.getSimpleName())));
        }

        /** The contract's instance field an expression like {@code x}, {@code this.x} or {@code x.y[i]} starts from. */
        private Optional<VariableElement> rootField(TreePath path) {
            Tree e = path.getLeaf();
            if (e instanceof ParenthesizedTree p) {
                return rootField(new TreePath(path, p.getExpression()));
            }
            if (e instanceof ArrayAccessTree a) {
                return rootField(new TreePath(path, a.getExpression()));
            }
            Element el = trees.getElement(path);
            if (!(el instanceof VariableElement v) || v.getKind() != ElementKind.FIELD) {
                return Optional.empty();
            }
            if (!v.getModifiers().contains(Modifier.STATIC) && v.getEnclosingElement().equals(contract)) {
                return Optional.of(v);
            }
            return e instanceof MemberSelectTree s ? rootField(new TreePath(path, s.getExpression())) : Optional.empty();
        }
    }
}

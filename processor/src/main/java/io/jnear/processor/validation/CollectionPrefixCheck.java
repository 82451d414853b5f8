package io.jnear.processor.validation;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import io.jnear.processor.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * Storage collections keep their entries under {@code prefix + key}; when one collection's prefix starts
 * another's, their keys can meet and one overwrites the other's entries. Prefixes written as constants in
 * field initialisers or in constructors' assignments to fields are compared here; the runtime catches the
 * others when it saves the state.
 */
final class CollectionPrefixCheck implements Check {
    /** What every storage collection extends; {@link CodecFreeCollectionCheck} looks for it too. */
    static final String PREFIXED_COLLECTION = "io.jnear.sdk.collections.PrefixedCollection";

    private record Prefixed(VariableElement field, String prefix, Tree where) {
    }

    @Override
    public void check(TypeElement type, CheckContext ctx) {
        TypeElement base = ctx.elements().getTypeElement(PREFIXED_COLLECTION);
        TreePath classPath = ctx.trees() == null || base == null ? null : ctx.trees().getPath(type);
        if (classPath == null || !(classPath.getLeaf() instanceof ClassTree classTree)) {
            return;
        }
        List<Prefixed> found = new ArrayList<>();
        for (Tree member : classTree.getMembers()) {
            TreePath path = new TreePath(classPath, member);
            if (member instanceof VariableTree v && v.getInitializer() != null
                    && ctx.trees().getElement(path) instanceof VariableElement field) {
                prefix(new TreePath(path, v.getInitializer()), base, ctx)
                        .ifPresent(p -> found.add(new Prefixed(field, p, v)));
            } else if (member instanceof MethodTree m && m.getReturnType() == null) {
                new TreePathScanner<Void, Void>() {
                    @Override
                    public Void visitAssignment(AssignmentTree tree, Void unused) {
                        if (ctx.trees().getElement(new TreePath(getCurrentPath(), tree.getVariable()))
                                instanceof VariableElement field && field.getKind() == ElementKind.FIELD
                                && field.getEnclosingElement().equals(type)) {
                            prefix(new TreePath(getCurrentPath(), tree.getExpression()), base, ctx)
                                    .ifPresent(p -> found.add(new Prefixed(field, p, tree)));
                        }
                        return super.visitAssignment(tree, unused);
                    }
                }.scan(path, null);
            }
        }
        for (int i = 1; i < found.size(); i++) {
            Prefixed later = found.get(i);
            for (Prefixed earlier : found.subList(0, i)) {
                if (earlier.field().equals(later.field())) {
                    continue;
                }
                String relation = later.prefix().equals(earlier.prefix()) ? "is the same as"
                        : later.prefix().startsWith(earlier.prefix()) ? "starts with"
                        : earlier.prefix().startsWith(later.prefix()) ? "is the start of" : null;
                if (relation != null) {
                    ctx.reporter().reportAt(Diagnostics.PREFIX_OVERLAP, later.field(), later.where(),
                            classPath.getCompilationUnit(), later.field().getSimpleName(),
                            later.prefix(), relation, earlier.prefix(), earlier.field().getSimpleName());
                    break;
                }
            }
        }
    }

    /** The constant string prefix of {@code new SomeCollection<>("p", ..)}, if the expression is one. */
    private static Optional<String> prefix(TreePath path, TypeElement base, CheckContext ctx) {
        if (!(path.getLeaf() instanceof NewClassTree created) || created.getArguments().isEmpty()) {
            return Optional.empty();
        }
        Element constructor = ctx.trees().getElement(path);
        if (constructor == null || !(constructor.getEnclosingElement() instanceof TypeElement owner)) {
            return Optional.empty();
        }
        TypeMirror erased = ctx.types().erasure(owner.asType());
        if (!ctx.types().isSubtype(erased, ctx.types().erasure(base.asType()))) {
            return Optional.empty();
        }
        ExpressionTree first = created.getArguments().get(0);
        TreePath firstPath = new TreePath(path, first);
        Object value = first instanceof LiteralTree l ? l.getValue()
                : ctx.trees().getElement(firstPath) instanceof VariableElement v ? v.getConstantValue() : null;
        return value instanceof String s ? Optional.of(s) : Optional.empty();
    }
}

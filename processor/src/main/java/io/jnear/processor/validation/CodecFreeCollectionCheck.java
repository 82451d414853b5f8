package io.jnear.processor.validation;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import io.jnear.processor.Diagnostics;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * A storage collection created without codecs ({@code new LookupMap<>("a")}) gets them from the generated
 * dispatcher, which hands each collection field the codecs of its type arguments while the contract is
 * created. That reaches only a collection field's own initialiser and a constructor's assignment to such a
 * field; a codec-less collection made anywhere else in the contract (a method, a lambda, a local variable, a
 * nested class) would have no codecs and fail at its first entry, so it is refused here.
 */
final class CodecFreeCollectionCheck implements Check {
    @Override
    public void check(TypeElement type, CheckContext ctx) {
        TypeElement base = ctx.elements().getTypeElement(CollectionPrefixCheck.PREFIXED_COLLECTION);
        TreePath classPath = ctx.trees() == null || base == null ? null : ctx.trees().getPath(type);
        if (classPath == null || !(classPath.getLeaf() instanceof ClassTree classTree)) {
            return;
        }
        TypeMirror collection = ctx.types().erasure(base.asType());
        Set<Tree> wired = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Tree member : classTree.getMembers()) {
            TreePath path = new TreePath(classPath, member);
            if (member instanceof VariableTree v && v.getInitializer() != null
                    && ctx.trees().getElement(path) instanceof VariableElement field
                    && isCollectionField(field, type, collection, ctx)) {
                wired.add(unparenthesised(v.getInitializer()));
            } else if (member instanceof MethodTree m && m.getReturnType() == null && m.getBody() != null) {
                wiredInConstructor(new TreePath(path, m.getBody()), type, collection, ctx, wired);
            }
        }
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitNewClass(NewClassTree tree, Void unused) {
                if (!wired.contains(tree) && ctx.trees().getElement(getCurrentPath()) instanceof ExecutableElement c
                        && isCodecFree(c, collection, ctx)) {
                    ctx.reporter().reportAt(Diagnostics.CODECLESS_COLLECTION, type, tree,
                            classPath.getCompilationUnit(), c.getEnclosingElement().getSimpleName(),
                            type.getSimpleName(), prefixText(tree.getArguments().get(0)));
                }
                return super.visitNewClass(tree, unused);
            }
        }.scan(classPath, null);
    }

    /** The codec-less creations a constructor assigns to collection fields, outside lambdas and nested classes. */
    private static void wiredInConstructor(TreePath body, TypeElement type, TypeMirror collection, CheckContext ctx,
            Set<Tree> wired) {
        new TreePathScanner<Void, Void>() {
            @Override
            public Void visitAssignment(AssignmentTree tree, Void unused) {
                if (ctx.trees().getElement(new TreePath(getCurrentPath(), tree.getVariable()))
                        instanceof VariableElement field && isCollectionField(field, type, collection, ctx)) {
                    wired.add(unparenthesised(tree.getExpression()));
                }
                return super.visitAssignment(tree, unused);
            }

            @Override
            public Void visitLambdaExpression(LambdaExpressionTree tree, Void unused) {
                return null; // runs later, if at all: not while the contract is created
            }

            @Override
            public Void visitClass(ClassTree tree, Void unused) {
                return null;
            }
        }.scan(body, null);
    }

    /** An instance field of the contract itself that is state and a storage collection. */
    private static boolean isCollectionField(VariableElement field, TypeElement type, TypeMirror collection,
            CheckContext ctx) {
        return field.getKind() == ElementKind.FIELD && field.getEnclosingElement().equals(type)
                && !field.getModifiers().contains(Modifier.STATIC)
                && !field.getModifiers().contains(Modifier.TRANSIENT)
                && ctx.types().isSubtype(ctx.types().erasure(field.asType()), collection);
    }

    /** A storage collection's constructor that takes a prefix and no codecs. */
    private static boolean isCodecFree(ExecutableElement constructor, TypeMirror collection, CheckContext ctx) {
        Element owner = constructor.getEnclosingElement();
        return constructor.getKind() == ElementKind.CONSTRUCTOR && constructor.getParameters().size() == 1
                && owner instanceof TypeElement t && ctx.types().isSubtype(ctx.types().erasure(t.asType()), collection)
                && constructor.getParameters().get(0).asType().toString().equals("java.lang.String");
    }

    private static Tree unparenthesised(ExpressionTree expression) {
        ExpressionTree e = expression;
        while (e instanceof ParenthesizedTree p) {
            e = p.getExpression();
        }
        return e;
    }

    private static String prefixText(ExpressionTree prefix) {
        return prefix instanceof LiteralTree l && l.getValue() instanceof String s ? s : "prefix";
    }
}

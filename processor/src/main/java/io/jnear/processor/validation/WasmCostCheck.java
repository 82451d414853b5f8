package io.jnear.processor.validation;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import io.jnear.processor.Diagnostics;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * What blows up a contract's size or per-call gas once TeaVM compiles it to Wasm, among the APIs the
 * contract API list allows: Unicode-aware character and case tests decode tables in static initialisers
 * that re-run on every call (each NEAR call is a fresh instance), and {@code BigDecimal} brings its
 * arithmetic and formatting along. (Formatters, regular expressions and reflection, as costly, are refused
 * in every build by the contract API list.) Reported only when the project builds Wasm (TeaVM's interop annotations are on the class
 * path); the JVM mode does not pay these costs.
 */
final class WasmCostCheck implements Check {
    private record Cost(String why, String instead) {
    }

    private static final String TEAVM_EXPORT = "org.teavm.interop.Export";

    private static final Cost UNICODE = new Cost("its Unicode tables are decoded again on every call (millions "
            + "of instructions)", "a comparison of ASCII ranges, such as c == ' ' or (c >= 'a' && c <= 'z')");
    private static final Cost BIG_DECIMAL = new Cost("BigDecimal brings its arithmetic, rounding and formatting "
            + "into the module", "amounts in yocto as U128 or NearToken, or a long scaled by a power of ten");

    /**
     * Methods by {@code owner#name}; {@code owner#*} matches every method. Formatters, regular expressions
     * and reflection are not here: the contract API list refuses them in every build.
     */
    private static final Map<String, Cost> METHODS = Map.ofEntries(
            Map.entry("java.lang.Character#isWhitespace", UNICODE),
            Map.entry("java.lang.Character#isSpaceChar", UNICODE),
            Map.entry("java.lang.Character#isLetter", UNICODE),
            Map.entry("java.lang.Character#isLetterOrDigit", UNICODE),
            Map.entry("java.lang.Character#isAlphabetic", UNICODE),
            Map.entry("java.lang.Character#isDigit", UNICODE),
            Map.entry("java.lang.Character#isUpperCase", UNICODE),
            Map.entry("java.lang.Character#isLowerCase", UNICODE),
            Map.entry("java.lang.Character#toUpperCase", UNICODE),
            Map.entry("java.lang.Character#toLowerCase", UNICODE),
            Map.entry("java.lang.Character#getType", UNICODE),
            Map.entry("java.lang.String#strip", UNICODE),
            Map.entry("java.lang.String#stripLeading", UNICODE),
            Map.entry("java.lang.String#stripTrailing", UNICODE),
            Map.entry("java.lang.String#isBlank", UNICODE),
            Map.entry("java.lang.String#toUpperCase", UNICODE),
            Map.entry("java.lang.String#toLowerCase", UNICODE),
            Map.entry("java.lang.String#equalsIgnoreCase", UNICODE));

    private static final Map<String, Cost> CONSTRUCTORS = Map.of("java.math.BigDecimal", BIG_DECIMAL);

    @Override
    public void check(TypeElement type, CheckContext ctx) {
        if (ctx.trees() == null || ctx.elements().getTypeElement(TEAVM_EXPORT) == null) {
            return;
        }
        // the whole class: field initialisers, initialiser blocks and nested classes run in Wasm too
        TreePath path = ctx.trees().getPath(type);
        if (path != null) {
            new Scanner(ctx, type, path.getCompilationUnit()).scan(path, null);
        }
    }

    private static final class Scanner extends TreePathScanner<Void, Void> {
        private final CheckContext ctx;
        private final Element contract;
        private final CompilationUnitTree unit;

        Scanner(CheckContext ctx, Element contract, CompilationUnitTree unit) {
            this.ctx = ctx;
            this.contract = contract;
            this.unit = unit;
        }

        /** The innermost declaration around the current node, where @SuppressWarnings is read. */
        private Element enclosingDeclaration() {
            for (TreePath p = getCurrentPath(); p != null; p = p.getParentPath()) {
                Tree leaf = p.getLeaf();
                if (leaf instanceof MethodTree || leaf instanceof ClassTree || leaf instanceof VariableTree) {
                    Element e = ctx.trees().getElement(p);
                    if (e != null) {
                        return e;
                    }
                }
            }
            return contract;
        }

        @Override
        public Void visitMethodInvocation(MethodInvocationTree tree, Void unused) {
            if (ctx.trees().getElement(getCurrentPath()) instanceof ExecutableElement m
                    && m.getEnclosingElement() instanceof TypeElement owner) {
                String ownerName = owner.getQualifiedName().toString();
                Cost cost = METHODS.get(ownerName + "#" + m.getSimpleName());
                if (cost == null) {
                    cost = METHODS.get(ownerName + "#*");
                }
                if (cost != null) {
                    report(tree, owner.getSimpleName() + "." + m.getSimpleName() + "()", cost);
                }
            }
            return super.visitMethodInvocation(tree, unused);
        }

        @Override
        public Void visitNewClass(NewClassTree tree, Void unused) {
            if (ctx.trees().getElement(getCurrentPath()) instanceof ExecutableElement c
                    && c.getEnclosingElement() instanceof TypeElement owner) {
                Cost cost = CONSTRUCTORS.get(owner.getQualifiedName().toString());
                if (cost != null) {
                    report(tree, "new " + owner.getSimpleName() + "(..)", cost);
                }
            }
            return super.visitNewClass(tree, unused);
        }

        private void report(Tree tree, String call, Cost cost) {
            ctx.reporter().reportAt(Diagnostics.WASM_COSTLY, enclosingDeclaration(), tree, unit, call, cost.why(),
                    cost.instead());
        }
    }
}

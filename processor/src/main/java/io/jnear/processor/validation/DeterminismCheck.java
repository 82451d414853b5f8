package io.jnear.processor.validation;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import io.jnear.processor.Diagnostics;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.util.Elements;

/**
 * Contract code may use only the contract API: the JDK and SDK members that
 * {@code META-INF/jnear/contract-api.txt} (in jnear-annotations) allows, the same list the sandbox checks
 * every deployed class against. Each call, constructor or field of the JDK or a library that the list
 * refuses is reported where it is used, with the sandbox's own text
 * ({@code <api> is not allowed in contract code: <why>}): the code would not deploy. Uses are found in
 * method and constructor bodies through the compiler Trees API; the check is skipped where that API is
 * unavailable.
 */
final class DeterminismCheck implements Check {
    private static final String RESOURCE = "META-INF/jnear/contract-api.txt";

    /** The list's rules by pattern, each the reason it refuses for, or {@code ""} for allow; type rules apart. */
    private static final Map<String, String> RULES = new HashMap<>();
    private static final Map<String, String> REASONS = new HashMap<>();

    static {
        try (InputStream in = DeterminismCheck.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in != null) {
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    read(line.startsWith("#") ? "" : line.strip());
                }
            }
        } catch (IOException e) {
            // without the list there is nothing to report; the sandbox still checks at deploy
            RULES.clear();
        }
    }

    private static void read(String line) {
        String[] parts = line.split("\\s+", 3);
        switch (parts[0]) {
            case "why" -> REASONS.put(parts[1], parts[2]);
            case "allow" -> RULES.put(parts[1], "");
            case "deny" -> RULES.put(parts[1], REASONS.getOrDefault(parts[2], parts[2]));
            default -> {
            }
        }
    }

    @Override
    public void check(TypeElement type, CheckContext ctx) {
        if (ctx.trees() == null || RULES.isEmpty()) {
            return;
        }
        for (Element e : type.getEnclosedElements()) {
            if (e.getKind() != ElementKind.METHOD && e.getKind() != ElementKind.CONSTRUCTOR) {
                continue;
            }
            TreePath path = ctx.trees().getPath(e);
            if (path == null) {
                continue;
            }
            new Scanner(ctx, e, path.getCompilationUnit()).scan(path, null);
        }
    }

    /** Why the list refuses the member, or null if it allows it (or it is the contract's own code). */
    private static String refusal(Elements elements, TypeElement owner, String member, String parameters) {
        String className = elements.getBinaryName(owner).toString().replace('.', '/');
        String rule = RULES.get(className + "#" + member + parameters);
        if (rule == null) {
            rule = RULES.get(className + "#" + member);
        }
        if (rule == null) {
            rule = classRule(className);
        }
        if (rule == null) {
            ModuleElement module = elements.getModuleOf(owner);
            boolean library = module != null && !module.isUnnamed();
            return library ? REASONS.get("default") : null;
        }
        return rule.isEmpty() ? null : rule;
    }

    private static String classRule(String className) {
        String rule = RULES.get(className);
        int slash = className.lastIndexOf('/');
        if (rule != null || slash < 0) {
            return rule;
        }
        String pkg = className.substring(0, slash);
        rule = RULES.get(pkg + "/*");
        while (rule == null) {
            rule = RULES.get(pkg + "/**");
            int up = pkg.lastIndexOf('/');
            if (rule != null || up < 0) {
                return rule;
            }
            pkg = pkg.substring(0, up);
        }
        return rule;
    }

    /** The JVM descriptor of an erased type, as the list writes parameter types. */
    private static String descriptor(Elements elements, TypeMirror type) {
        return switch (type.getKind()) {
            case BOOLEAN -> "Z";
            case BYTE -> "B";
            case CHAR -> "C";
            case SHORT -> "S";
            case INT -> "I";
            case LONG -> "J";
            case FLOAT -> "F";
            case DOUBLE -> "D";
            case ARRAY -> "[" + descriptor(elements, ((ArrayType) type).getComponentType());
            case DECLARED -> "L" + elements.getBinaryName((TypeElement) ((DeclaredType) type).asElement())
                    .toString().replace('.', '/') + ";";
            case TYPEVAR -> descriptor(elements, ((TypeVariable) type).getUpperBound());
            default -> "Ljava/lang/Object;";
        };
    }

    private static final class Scanner extends TreePathScanner<Void, Void> {
        private final CheckContext ctx;
        private final Element method;
        private final CompilationUnitTree unit;

        Scanner(CheckContext ctx, Element method, CompilationUnitTree unit) {
            this.ctx = ctx;
            this.method = method;
            this.unit = unit;
        }

        @Override
        public Void visitMethodInvocation(MethodInvocationTree tree, Void unused) {
            check(tree, false);
            return super.visitMethodInvocation(tree, unused);
        }

        @Override
        public Void visitNewClass(NewClassTree tree, Void unused) {
            check(tree, true);
            return super.visitNewClass(tree, unused);
        }

        @Override
        public Void visitMemberSelect(MemberSelectTree tree, Void unused) {
            if (ctx.trees().getElement(getCurrentPath()) instanceof VariableElement field
                    && field.getKind() == ElementKind.FIELD
                    && field.getEnclosingElement() instanceof TypeElement owner) {
                Elements elements = ctx.elements();
                String why = refusal(elements, owner, field.getSimpleName().toString(), "");
                if (why != null) {
                    report(tree, owner.getSimpleName() + "." + field.getSimpleName(), why);
                }
            }
            return super.visitMemberSelect(tree, unused);
        }

        private void check(Tree tree, boolean construction) {
            if (!(ctx.trees().getElement(getCurrentPath()) instanceof ExecutableElement m)
                    || !(m.getEnclosingElement() instanceof TypeElement owner)) {
                return;
            }
            Elements elements = ctx.elements();
            StringBuilder parameters = new StringBuilder("(");
            for (VariableElement p : m.getParameters()) {
                TypeMirror erased = ctx.types().erasure(p.asType());
                parameters.append(erased.getKind() == TypeKind.ERROR ? "" : descriptor(elements, erased));
            }
            String name = construction ? "<init>" : m.getSimpleName().toString();
            String why = refusal(elements, owner, name, parameters.append(')').toString());
            if (why != null) {
                report(tree, (construction ? "new " : "") + owner.getSimpleName()
                        + (construction ? "" : "." + m.getSimpleName()), why);
            }
        }

        private void report(Tree tree, String api, String why) {
            ctx.reporter().reportAt(Diagnostics.NON_DETERMINISTIC, method, tree, unit, api, why);
        }
    }
}

package io.jnear.processor.validation;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.InstanceOfTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import io.jnear.annotations.Contract;
import io.jnear.processor.Diagnostics;
import io.jnear.processor.Reporter;
import io.jnear.processor.model.ContractElements;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
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
 * every deployed class against. What the sandbox would refuse at deploy is an error where the source says
 * it, with the sandbox's own text ({@code <api> is not allowed in contract code: <why>}): a call, a
 * constructor, a field, an enum constant or a method reference of the JDK or a library the list refuses; a
 * refused class (a class nested in one the list denies as a whole among them: {@code HostBinding.Call},
 * {@code Thread.State}) named where the class file names it (a field's, parameter's or result's type, a
 * super type, a cast, {@code instanceof}, a class literal, a catch clause, an array creation); a JDK super
 * class or interface the list's {@code extend} and {@code implement} rules do not name (also the one an
 * anonymous class's {@code new} names, and the {@code Annotation} an annotation type implements); a native
 * method or a finalizer.
 * The whole class is read: field initialisers, initialiser blocks, nested, local and anonymous classes and
 * lambdas. The sandbox checks every class deployed with the contract, so the other classes of the
 * compilation that the contract's code names (its helpers, in any package) are read too, through
 * {@link HelperClasses}, and their refusals reported on their own lines. Uses are found through the compiler
 * Trees API; the check is skipped where that API is unavailable.
 */
final class DeterminismCheck implements Check {
    private static final String RESOURCE = "META-INF/jnear/contract-api.txt";

    /** The list's rules by pattern, each the reason it refuses for, or {@code ""} for allow. */
    private static final Map<String, String> RULES = new HashMap<>();
    /** Classes that may be named though their members are refused ({@code type} rules). */
    private static final Set<String> NAMEABLE = new HashSet<>();
    private static final Map<String, String> REASONS = new HashMap<>();
    /** The host classes contract classes may extend ({@code extend} rules), keyed by pattern. */
    private static final Map<String, String> EXTENDABLE = new HashMap<>();
    /** The host interfaces contract classes may implement ({@code implement} rules), keyed by pattern. */
    private static final Map<String, String> IMPLEMENTABLE = new HashMap<>();

    static {
        try (InputStream in = DeterminismCheck.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in != null) {
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    read(line);
                }
            }
        } catch (IOException e) {
            // without the list there is nothing to report; the sandbox still checks at deploy
            RULES.clear();
        }
    }

    /** One line of the list, read as the sandbox reads it (a {@code " #"} starts a trailing comment). */
    private static void read(String raw) {
        int comment = raw.indexOf(" #");
        String line = (raw.startsWith("#") ? "" : comment >= 0 ? raw.substring(0, comment) : raw).strip();
        String[] parts = line.split("\\s+", 3);
        switch (parts[0]) {
            case "why" -> REASONS.put(parts[1], parts[2]);
            case "allow" -> RULES.put(parts[1], "");
            case "deny" -> RULES.put(parts[1], REASONS.getOrDefault(parts[2], parts[2]));
            case "type" -> NAMEABLE.add(parts[1]);
            case "extend" -> EXTENDABLE.put(parts[1], "");
            case "implement" -> IMPLEMENTABLE.put(parts[1], "");
            default -> {
            }
        }
    }

    /** One refusal in a class's source: {@code api} is what the sandbox names, {@code why} its reason. */
    record Refusal(Tree tree, String api, String why) {
    }

    /**
     * What the sandbox would refuse in one class's source (its nested classes included, nested contracts
     * excepted: they are scanned as contracts), and the other top-level classes it names.
     */
    record ClassScan(TypeElement type, CompilationUnitTree unit, List<Refusal> refusals, Set<TypeElement> reached) {
        void report(Reporter reporter) {
            for (Refusal r : refusals) {
                reporter.reportAt(Diagnostics.NON_DETERMINISTIC, type, r.tree(), unit, r.api(), r.why());
            }
        }
    }

    private final HelperClasses helpers;

    DeterminismCheck(HelperClasses helpers) {
        this.helpers = helpers;
    }

    @Override
    public void check(TypeElement type, CheckContext ctx) {
        scan(type, ctx).ifPresent(scan -> {
            scan.report(ctx.reporter());
            helpers.reach(scan.reached());
        });
    }

    /** Scans {@code type}'s source; empty where the Trees API, the list or the source is unavailable. */
    static Optional<ClassScan> scan(TypeElement type, CheckContext ctx) {
        if (ctx.trees() == null || RULES.isEmpty()) {
            return Optional.empty();
        }
        TreePath path = ctx.trees().getPath(type);
        if (path == null) {
            return Optional.empty();
        }
        Scanner scanner = new Scanner(ctx, type);
        scanner.scan(path, null);
        return Optional.of(new ClassScan(type, path.getCompilationUnit(), scanner.refusals,
                scanner.reached(ContractElements.topLevel(type))));
    }

    /** Why the list refuses the member, or null if it allows it (or it is the contract's own code). */
    private static String memberRefusal(Elements elements, TypeElement owner, String member, String parameters) {
        String className = internalName(elements, owner);
        String rule = RULES.get(className + "#" + member + parameters);
        if (rule == null) {
            rule = RULES.get(className + "#" + member);
        }
        return refusal(elements, owner, rule == null ? classRule(className) : rule);
    }

    /** Why the list refuses naming the class, or null if it may be named. */
    private static String classRefusal(Elements elements, TypeElement type) {
        String className = internalName(elements, type);
        return NAMEABLE.contains(className) ? null : refusal(elements, type, classRule(className));
    }

    private static String refusal(Elements elements, TypeElement owner, String rule) {
        if (rule == null) {
            // nothing on the list: the JDK's other classes are refused, the contract's own code is not
            ModuleElement module = elements.getModuleOf(owner);
            boolean library = module != null && !module.isUnnamed();
            return library ? REASONS.get("default") : null;
        }
        return rule.isEmpty() ? null : rule;
    }

    /**
     * Why a contract class may not extend (or, for an interface, implement) the host type {@code sup}, or null
     * if it may: a type the list names under {@code extend} or {@code implement}, or the contract's own code.
     */
    private static String superTypeRefusal(Elements elements, TypeElement sup) {
        boolean isInterface = sup.getKind() == ElementKind.INTERFACE || sup.getKind() == ElementKind.ANNOTATION_TYPE;
        Map<String, String> allowed = isInterface ? IMPLEMENTABLE : EXTENDABLE;
        if (classRule(allowed, internalName(elements, sup)) != null) {
            return null;
        }
        ModuleElement module = elements.getModuleOf(sup);
        boolean library = module != null && !module.isUnnamed();
        return library ? REASONS.get(isInterface ? "implementation" : "subclass") : null;
    }

    private static String internalName(Elements elements, TypeElement type) {
        return elements.getBinaryName(type).toString().replace('.', '/');
    }

    /** The class's name as the sandbox shows a member's owner: {@code Map.Entry}. */
    private static String shownName(Elements elements, TypeElement type) {
        String binary = elements.getBinaryName(type).toString();
        return binary.substring(binary.lastIndexOf('.') + 1).replace('$', '.');
    }

    /**
     * The rule for naming {@code className}, resolved as the sandbox resolves it: its own, else the refusal
     * of a class it is nested in that the list refuses as a whole ({@code HostBinding.Call} is as much the
     * host's as {@code HostBinding}, {@code Thread.State} as refused as {@code Thread}), else its package's.
     */
    private static String classRule(String className) {
        String own = RULES.get(className);
        if (own != null) {
            return own;
        }
        int packageEnd = className.lastIndexOf('/');
        for (int dollar = className.lastIndexOf('$'); dollar > packageEnd;
                dollar = className.lastIndexOf('$', dollar - 1)) {
            String enclosing = RULES.get(className.substring(0, dollar));
            if (enclosing != null && !enclosing.isEmpty()) {
                return enclosing;
            }
        }
        return classRule(RULES, className);
    }

    /** The rule of {@code rules} for the class: its own, else its package's, else the nearest enclosing {@code /**}. */
    private static <R> R classRule(Map<String, R> rules, String className) {
        R rule = rules.get(className);
        int slash = className.lastIndexOf('/');
        if (rule != null || slash < 0) {
            return rule;
        }
        String pkg = className.substring(0, slash);
        rule = rules.get(pkg + "/*");
        while (rule == null) {
            rule = rules.get(pkg + "/**");
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
            case DECLARED -> "L" + internalName(elements, (TypeElement) ((DeclaredType) type).asElement()) + ";";
            case TYPEVAR -> descriptor(elements, ((TypeVariable) type).getUpperBound());
            default -> "Ljava/lang/Object;";
        };
    }

    private static final class Scanner extends TreePathScanner<Void, Void> {
        private final CheckContext ctx;
        private final Elements elements;
        private final Element root;
        private final List<Refusal> refusals = new ArrayList<>();
        /** The classes, members' owners and types the code names (some of them local or nested: see below). */
        private final Set<Element> named = new LinkedHashSet<>();

        Scanner(CheckContext ctx, Element root) {
            this.ctx = ctx;
            this.elements = ctx.elements();
            this.root = root;
        }

        /** The top-level classes named, other than {@code own}. */
        Set<TypeElement> reached(TypeElement own) {
            Set<TypeElement> tops = new LinkedHashSet<>();
            for (Element e : named) {
                TypeElement top = ContractElements.topLevel(e);
                if (top != null && !top.equals(own)) {
                    tops.add(top);
                }
            }
            return tops;
        }

        @Override
        public Void visitClass(ClassTree tree, Void unused) {
            Element declared = ctx.trees().getElement(getCurrentPath());
            if (declared != null && !declared.equals(root) && declared.getAnnotation(Contract.class) != null) {
                return null; // a nested contract is scanned as a contract
            }
            if (declared != null && declared.getKind() == ElementKind.ANNOTATION_TYPE) {
                checkImplicitInterface(tree, "java.lang.annotation.Annotation");
            }
            // an anonymous class's super type is its `new` expression, checked as a constructor call
            if (!tree.getSimpleName().isEmpty()) {
                if (tree.getExtendsClause() != null) {
                    checkType(tree.getExtendsClause());
                    checkSuperType(tree.getExtendsClause());
                }
                for (Tree i : tree.getImplementsClause()) {
                    checkType(i);
                    checkSuperType(i);
                }
            } else if (getCurrentPath().getParentPath().getLeaf() instanceof NewClassTree created) {
                checkSuperType(created.getIdentifier());
            }
            return super.visitClass(tree, unused);
        }

        @Override
        public Void visitMethod(MethodTree tree, Void unused) {
            Element e = ctx.trees().getElement(getCurrentPath());
            if (e != null && elements.getOrigin(e) == Elements.Origin.MANDATED) {
                return null; // a default constructor or a record's implicit member: its source is the class's
            }
            if (e instanceof ExecutableElement m && m.getEnclosingElement() instanceof TypeElement owner) {
                String name = shownName(elements, owner) + "." + m.getSimpleName();
                if (m.getModifiers().contains(Modifier.NATIVE)) {
                    report(tree, "native method " + name, REASONS.get("native"));
                }
                if (m.getSimpleName().contentEquals("finalize") && m.getParameters().isEmpty()
                        && m.getReturnType().getKind() == TypeKind.VOID) {
                    report(tree, name, REASONS.get("finalizer"));
                }
            }
            if (tree.getReturnType() != null) {
                checkType(tree.getReturnType());
            }
            return super.visitMethod(tree, unused);
        }

        @Override
        public Void visitVariable(VariableTree tree, Void unused) {
            // the types a class file names: fields, parameters (of lambdas too) and caught exceptions
            Element v = ctx.trees().getElement(getCurrentPath());
            if (v != null && v.getKind() != ElementKind.LOCAL_VARIABLE && v.getKind() != ElementKind.RESOURCE_VARIABLE
                    && v.getKind() != ElementKind.BINDING_VARIABLE) {
                checkType(tree.getType() != null ? tree.getType() : tree, v.asType());
            }
            return super.visitVariable(tree, unused);
        }

        @Override
        public Void visitTypeCast(TypeCastTree tree, Void unused) {
            checkType(tree.getType());
            return super.visitTypeCast(tree, unused);
        }

        @Override
        public Void visitInstanceOf(InstanceOfTree tree, Void unused) {
            checkType(tree.getType());
            return super.visitInstanceOf(tree, unused);
        }

        @Override
        public Void visitNewArray(NewArrayTree tree, Void unused) {
            if (tree.getType() != null) {
                checkType(tree.getType());
            }
            return super.visitNewArray(tree, unused);
        }

        @Override
        public Void visitMethodInvocation(MethodInvocationTree tree, Void unused) {
            checkExecutable(tree, false);
            return super.visitMethodInvocation(tree, unused);
        }

        @Override
        public Void visitNewClass(NewClassTree tree, Void unused) {
            if (tree.getClassBody() != null) {
                checkType(tree.getIdentifier()); // an anonymous class names its super type
            }
            checkExecutable(tree, true);
            return super.visitNewClass(tree, unused);
        }

        @Override
        public Void visitMemberReference(MemberReferenceTree tree, Void unused) {
            checkExecutable(tree, tree.getMode() == MemberReferenceTree.ReferenceMode.NEW);
            return super.visitMemberReference(tree, unused);
        }

        @Override
        public Void visitMemberSelect(MemberSelectTree tree, Void unused) {
            if (tree.getIdentifier().contentEquals("class")) {
                checkType(tree.getExpression());
            } else {
                checkField(tree);
            }
            return super.visitMemberSelect(tree, unused);
        }

        @Override
        public Void visitIdentifier(IdentifierTree tree, Void unused) {
            checkField(tree); // a statically imported or inherited field
            return super.visitIdentifier(tree, unused);
        }

        /** Checks a field read and notes what an identifier or member selection names (a type, a member). */
        private void checkField(Tree tree) {
            Element e = ctx.trees().getElement(getCurrentPath());
            if (e == null || e.getKind() == ElementKind.PACKAGE || e.getKind() == ElementKind.LOCAL_VARIABLE
                    || e.getKind() == ElementKind.PARAMETER) {
                return;
            }
            named.add(e);
            // an enum constant is read with getstatic, as a field is, except as an annotation's value
            if (e instanceof VariableElement field
                    && (field.getKind() == ElementKind.FIELD
                            || field.getKind() == ElementKind.ENUM_CONSTANT && !inAnnotation())
                    && field.getEnclosingElement() instanceof TypeElement owner) {
                String why = memberRefusal(elements, owner, field.getSimpleName().toString(), "");
                if (why != null) {
                    report(tree, shownName(elements, owner) + "." + field.getSimpleName(), why);
                }
            }
        }

        /**
         * An interface the class file names though the source does not (an annotation type implements
         * {@code Annotation}), reported on the class as the sandbox refuses it: as a class, else as a super type.
         */
        private void checkImplicitInterface(ClassTree tree, String name) {
            TypeElement implemented = elements.getTypeElement(name);
            if (implemented == null) {
                return;
            }
            String why = classRefusal(elements, implemented);
            if (why != null) {
                report(tree, name, why);
            } else if ((why = superTypeRefusal(elements, implemented)) != null) {
                report(tree, "implementing " + name, why);
            }
        }

        /** Whether the current tree is part of an annotation (which the sandbox does not check). */
        private boolean inAnnotation() {
            for (TreePath p = getCurrentPath(); p != null; p = p.getParentPath()) {
                if (p.getLeaf() instanceof AnnotationTree) {
                    return true;
                }
            }
            return false;
        }

        private void checkExecutable(Tree tree, boolean construction) {
            if (!(ctx.trees().getElement(getCurrentPath()) instanceof ExecutableElement m)
                    || !(m.getEnclosingElement() instanceof TypeElement owner)) {
                return;
            }
            named.add(owner);
            StringBuilder parameters = new StringBuilder("(");
            for (VariableElement p : m.getParameters()) {
                TypeMirror erased = ctx.types().erasure(p.asType());
                parameters.append(erased.getKind() == TypeKind.ERROR ? "" : descriptor(elements, erased));
            }
            construction |= m.getKind() == ElementKind.CONSTRUCTOR; // super(..) and this(..) too
            String name = construction ? "<init>" : m.getSimpleName().toString();
            String why = memberRefusal(elements, owner, name, parameters.append(')').toString());
            if (why != null) {
                report(tree, (construction ? "new " : "") + shownName(elements, owner)
                        + (construction ? "" : "." + m.getSimpleName()), why);
            }
        }

        /** A type written in the source, at {@code tree}. */
        private void checkType(Tree tree) {
            TypeMirror type = ctx.trees().getTypeMirror(new TreePath(getCurrentPath(), tree));
            if (type != null) {
                checkType(tree, type);
            }
        }

        private void checkType(Tree at, TypeMirror written) {
            TypeMirror erased = ctx.types().erasure(written);
            while (erased.getKind() == TypeKind.ARRAY) {
                erased = ((ArrayType) erased).getComponentType();
            }
            if (erased.getKind() == TypeKind.DECLARED
                    && ((DeclaredType) erased).asElement() instanceof TypeElement type) {
                named.add(type);
                String why = classRefusal(elements, type);
                if (why != null) {
                    report(at, type.getQualifiedName().toString(), why);
                }
            }
        }

        /** A super type written at {@code tree}: the sandbox refuses extending or implementing most JDK types. */
        private void checkSuperType(Tree tree) {
            TypeMirror type = ctx.trees().getTypeMirror(new TreePath(getCurrentPath(), tree));
            if (type != null && type.getKind() == TypeKind.DECLARED
                    && ((DeclaredType) type).asElement() instanceof TypeElement sup) {
                // a type the list refuses to name is reported as such, once, as the sandbox stops at it
                String why = classRefusal(elements, sup) == null ? superTypeRefusal(elements, sup) : null;
                if (why != null) {
                    boolean isInterface = sup.getKind() == ElementKind.INTERFACE;
                    report(tree, (isInterface ? "implementing " : "extending ")
                            + internalName(elements, sup).replace('/', '.').replace('$', '.'), why);
                }
            }
        }

        private void report(Tree tree, String api, String why) {
            refusals.add(new Refusal(tree, api, why));
        }
    }
}

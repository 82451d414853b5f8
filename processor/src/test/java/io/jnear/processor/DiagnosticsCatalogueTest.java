package io.jnear.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingFormatArgumentException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every call that prints a catalogue entry passes exactly the arguments its format reads, every entry is
 * printed somewhere, and the README's compile-time check section lists every tag, with its kind, and no
 * other. The processor's own sources are compiled (attributed, not generated) and each call of
 * {@link Reporter}'s methods is read with the overload javac chose.
 */
class DiagnosticsCatalogueTest {
    private record CallSite(Diagnostics entry, int arguments, String where) {
    }

    private static final List<CallSite> CALLS = new ArrayList<>();
    private static final List<String> UNREADABLE = new ArrayList<>();

    @BeforeAll
    static void readCallSites() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            sources = files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            JavacTask task = (JavacTask) javac.getTask(null, fm, null,
                    List.of("-proc:none", "-classpath", System.getProperty("java.class.path")), null,
                    fm.getJavaFileObjectsFromPaths(sources));
            Iterable<? extends CompilationUnitTree> units = task.parse();
            task.analyze();
            Trees trees = Trees.instance(task);
            for (CompilationUnitTree unit : units) {
                new TreePathScanner<Void, Void>() {
                    @Override
                    public Void visitMethodInvocation(MethodInvocationTree tree, Void unused) {
                        Element e = trees.getElement(getCurrentPath());
                        if (e instanceof ExecutableElement m && m.getEnclosingElement() instanceof TypeElement owner
                                && owner.getQualifiedName().contentEquals(Reporter.class.getName())
                                && m.isVarArgs() && !unit.getSourceFile().getName().endsWith("Reporter.java")) {
                            record(tree, m, unit, trees);
                        }
                        return super.visitMethodInvocation(tree, unused);
                    }
                }.scan(unit, null);
            }
        }
    }

    private static void record(MethodInvocationTree call, ExecutableElement method, CompilationUnitTree unit,
            Trees trees) {
        long line = unit.getLineMap().getLineNumber(trees.getSourcePositions().getStartPosition(unit, call));
        String where = Path.of(unit.getSourceFile().toUri()).getFileName() + ":" + line;
        ExpressionTree first = call.getArguments().get(0);
        if (!(first instanceof MemberSelectTree select) || !select.getExpression().toString().equals("Diagnostics")) {
            UNREADABLE.add(where + " passes " + first + "; name the Diagnostics constant at the call");
            return;
        }
        Diagnostics entry = Diagnostics.valueOf(select.getIdentifier().toString());
        int fixed = method.getParameters().size() - 1;
        CALLS.add(new CallSite(entry, call.getArguments().size() - fixed, where));
    }

    /** How many arguments {@code entry}'s format reads: the fewest it can be filled with. */
    private static int arity(Diagnostics entry) {
        for (int n = 0; n < 20; n++) {
            try {
                entry.format(new Object[n]);
                return n;
            } catch (MissingFormatArgumentException e) {
                // needs more
            }
        }
        throw new AssertionError(entry + " reads more than 20 arguments");
    }

    @Test
    void everyCallSiteNamesItsEntry() {
        assertTrue(UNREADABLE.isEmpty(), String.join("\n", UNREADABLE));
        assertTrue(CALLS.size() > 40, "found only " + CALLS.size() + " call sites");
    }

    @Test
    void everyCallSitePassesTheArgumentsItsFormatReads() {
        List<String> wrong = new ArrayList<>();
        for (CallSite c : CALLS) {
            if (c.arguments() != arity(c.entry())) {
                wrong.add(c.where() + ": " + c.entry() + " reads " + arity(c.entry()) + " arguments, given "
                        + c.arguments());
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyTagIsListedInTheReadme() throws IOException {
        String section = readmeSection();
        List<String> missing = new ArrayList<>();
        for (Diagnostics d : Diagnostics.values()) {
            if (!section.contains("`" + d.tag() + "`")) {
                missing.add(d.tag());
            }
        }
        assertEquals(List.of(), missing, "tags missing from the README's compile-time check section");
    }

    /** Each row of the README's table names catalogue tags only, all of the kind its second column says. */
    @Test
    void theReadmeListsEachTagWithItsKind() throws IOException {
        Map<String, Diagnostics> byTag = new HashMap<>();
        for (Diagnostics d : Diagnostics.values()) {
            byTag.put(d.tag(), d);
        }
        List<String> wrong = new ArrayList<>();
        int rows = 0;
        for (String line : readmeSection().lines().filter(l -> l.startsWith("| `jnear/")).toList()) {
            rows++;
            String[] columns = line.split("\\|");
            String kind = columns[2].strip();
            Matcher tag = Pattern.compile("`(jnear/[a-z-]+)`").matcher(columns[1]);
            while (tag.find()) {
                Diagnostics d = byTag.get(tag.group(1));
                if (d == null) {
                    wrong.add(tag.group(1) + " is not in the catalogue");
                } else if (!d.kind().name().toLowerCase(Locale.ROOT).equals(kind)) {
                    wrong.add(tag.group(1) + " is listed as " + kind + " but is " + d.kind());
                }
            }
        }
        assertTrue(rows > 20, "found only " + rows + " rows of tags");
        assertEquals(List.of(), wrong);
    }

    private static String readmeSection() throws IOException {
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        String section = readme.substring(readme.indexOf("## Compile-time checks"));
        return section.substring(0, section.indexOf("\n## ", 1));
    }

    @Test
    void everyEntryIsPrintedSomewhere() {
        Map<Diagnostics, Integer> uses = new EnumMap<>(Diagnostics.class);
        CALLS.forEach(c -> uses.merge(c.entry(), 1, Integer::sum));
        List<Diagnostics> unused = Stream.of(Diagnostics.values()).filter(d -> !uses.containsKey(d)).toList();
        assertEquals(List.of(), unused);
    }
}

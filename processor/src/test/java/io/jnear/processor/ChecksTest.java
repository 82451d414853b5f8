package io.jnear.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every compile-time check, table-driven: each folder under {@code src/test/resources/checks} is one case
 * whose sources declare the diagnostics they expect beside the offending line, MapStruct-style.
 *
 * <ul>
 *   <li>{@code //! ERROR jnear/<tag> "text"} or {@code //! WARNING jnear/<tag> "text"}: the bad variant reports
 *       this tag on this line of this file, in a message containing {@code text} (optional); repeat the marker
 *       for several on one line;
 *   <li>{@code //-}: the line belongs to the bad variant only; {@code //+}: to the corrected variant only
 *       (the other variant sees a blank line, so line numbers agree).
 * </ul>
 * The bad variant must report exactly the declared jnear diagnostics, also under {@code -proc:only} (where
 * javac stops before its analysis, so the checks of bodies attribute the classes themselves); the corrected
 * one must compile without any warning.
 */
class ChecksTest {
    private static final Pattern EXPECTATION = Pattern.compile("//! (ERROR|WARNING) (jnear/[a-z-]+)(?: \"((?:[^\"\\\\]|\\\\.)*)\")?");

    /** One declared diagnostic; {@code text} (may be empty) must occur in its message. */
    record Expected(Diagnostic.Kind kind, String tag, String file, int line, String text) {
    }

    @TestFactory
    Stream<DynamicContainer> checks() throws IOException {
        Path root = Fixtures.resource("checks");
        List<Path> cases;
        try (Stream<Path> dirs = Files.list(root)) {
            cases = dirs.filter(Files::isDirectory).sorted().toList();
        }
        assertTrue(cases.size() >= 25, "at least 25 bad-source cases, found " + cases.size());
        return cases.stream().map(dir -> DynamicContainer.dynamicContainer(dir.getFileName().toString(), List.of(
                DynamicTest.dynamicTest("reports its diagnostics", () -> badVariantReports(dir)),
                DynamicTest.dynamicTest("reports them under -proc:only", () -> badVariantReports(dir, "-proc:only")),
                DynamicTest.dynamicTest("corrected source compiles clean", () -> correctedVariantIsClean(dir)))));
    }

    private static void badVariantReports(Path dir, String... options) throws IOException {
        List<JavaFileObject> sources = new ArrayList<>();
        List<Expected> expected = new ArrayList<>();
        for (Path file : javaFiles(dir)) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            JavaFileObject source = Fixtures.source(file, variant(lines, "//+"));
            sources.add(source);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains("//+")) {
                    continue;
                }
                Matcher m = EXPECTATION.matcher(lines.get(i));
                while (m.find()) {
                    expected.add(new Expected(Diagnostic.Kind.valueOf(m.group(1)), m.group(2),
                            file.getFileName().toString(), i + 1, m.group(3) == null ? "" : m.group(3).replace("\\\"", "\"")));
                }
            }
        }
        assertTrue(!expected.isEmpty(), dir + " declares no expected diagnostic");
        Compilation compilation = Fixtures.compile(sources, options);
        for (Expected e : expected) {
            JavaFileObject file = sources.stream().filter(s -> s.getName().endsWith("/" + e.file())).findFirst()
                    .orElseThrow();
            if (e.kind() == Diagnostic.Kind.ERROR) {
                assertThat(compilation).hadErrorContaining("[" + e.tag() + "]").inFile(file).onLine(e.line());
            } else {
                assertThat(compilation).hadWarningContaining("[" + e.tag() + "]").inFile(file).onLine(e.line());
            }
            boolean textFound = compilation.diagnostics().stream().anyMatch(d -> d.getKind() == e.kind()
                    && d.getLineNumber() == e.line() && d.getSource() != null
                    && d.getSource().getName().endsWith("/" + e.file())
                    && d.getMessage(Locale.ROOT).contains("[" + e.tag() + "] ")
                    && d.getMessage(Locale.ROOT).contains(e.text()));
            assertTrue(textFound, "no " + e.tag() + " on " + e.file() + ":" + e.line() + " containing \"" + e.text()
                    + "\"; reported:\n" + reported(compilation));
        }
        List<String> reported = reported(compilation);
        assertEquals(expected.size(), reported.size(), "expected " + expected + " but the processor reported:\n"
                + String.join("\n", reported));
    }

    private static List<String> reported(Compilation compilation) {
        return compilation.diagnostics().stream()
                .filter(d -> d.getMessage(Locale.ROOT).contains("[jnear/"))
                .map(d -> d.getKind() + " line " + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
                .collect(Collectors.toList());
    }

    private static void correctedVariantIsClean(Path dir) throws IOException {
        List<JavaFileObject> sources = new ArrayList<>();
        for (Path file : javaFiles(dir)) {
            sources.add(Fixtures.source(file, variant(Files.readAllLines(file, StandardCharsets.UTF_8), "//-")));
        }
        assertThat(Fixtures.compile(sources)).succeededWithoutWarnings();
    }

    /** The source with every line carrying {@code dropMarker} blanked. */
    private static String variant(List<String> lines, String dropMarker) {
        return lines.stream().map(l -> l.contains(dropMarker) ? "" : l).collect(Collectors.joining("\n", "", "\n"));
    }

    private static List<Path> javaFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }
}

package io.jnear.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** The shape of what the processor writes: golden files, lint-cleanliness, stability, typed wiring. */
class GeneratedCodeTest {
    private static final Path GOLDEN_SOURCE_DIR = Path.of("src/test/resources/golden");
    private static final Path ACTUAL_DIR = Path.of("target/golden-actual");

    @Test
    void stubDispatcherAndAbiMatchTheGoldenFiles() throws IOException {
        Compilation compilation = Fixtures.compile(Fixtures.sources("example"));
        assertThat(compilation).succeededWithoutWarnings();
        List<String> problems = new java.util.ArrayList<>();
        checkGolden("example/CrossGreeterStub.java", source(compilation, "example.CrossGreeterStub"), problems);
        checkGolden("example/CrossGreeterDispatcher.java", source(compilation, "example.CrossGreeterDispatcher"),
                problems);
        checkGolden("example/HelloNearStub.java", source(compilation, "example.HelloNearStub"), problems);
        checkGolden("example/CrossGreeterCodecs.java", source(compilation, "example.CrossGreeterCodecs"), problems);
        checkGolden("META-INF/jnear/abi/example.CrossGreeter.json",
                resource(compilation, "META-INF/jnear/abi/example.CrossGreeter.json"), problems);
        if (!problems.isEmpty()) {
            fail(String.join("\n\n", problems));
        }
    }

    @Test
    void generatedCodeCompilesWithoutWarningsUnderXlintAllWerror() throws IOException {
        // the processing lint only says that @Generated has no processor; that is about the
        // build, not the code, so the run with the processor leaves it out ...
        List<JavaFileObject> contract = Fixtures.sources("example");
        Compilation withProcessor = Fixtures.compile(contract, "-Xlint:all,-processing", "-Werror");
        assertThat(withProcessor).succeededWithoutWarnings();
        // ... and the generated sources, compiled again as plain sources, face every lint
        List<JavaFileObject> all = new java.util.ArrayList<>(contract);
        for (JavaFileObject f : withProcessor.generatedSourceFiles()) {
            String name = f.getName().replaceFirst("^/SOURCE_OUTPUT/", "").replace(".java", "").replace('/', '.');
            all.add(JavaFileObjects.forSourceString(name, f.getCharContent(true).toString()));
        }
        Compilation plain = com.google.testing.compile.Compiler.javac()
                .withOptions("-proc:none", "-Xlint:all", "-Werror").compile(all);
        assertThat(plain).succeededWithoutWarnings();
    }

    @Test
    void outputIsIdenticalBetweenBuilds() throws IOException {
        assertEquals(outputs(Fixtures.compile(Fixtures.sources("example"))),
                outputs(Fixtures.compile(Fixtures.sources("example"))));
    }

    @Test
    void callbackWiredToTheMatchingResultTypeCompiles() {
        assertThat(Fixtures.compile(List.of(wiring("PromiseResult<String>")))).succeeded();
    }

    @Test
    void callbackWiredToAMismatchedResultTypeDoesNotCompile() {
        JavaFileObject source = wiring("PromiseResult<Integer>");
        Compilation compilation = Fixtures.compile(List.of(source));
        assertThat(compilation).failed();
        // javac, not the processor, rejects it: at the then(..) that wires a Callback<Integer, ..> to a Promise<String>
        assertThat(compilation).hadErrorContaining("then").inFile(source).onLine(13);
    }

    @Test
    void joinCallbackWiredToMismatchedResultTypesDoesNotCompile() {
        JavaFileObject source = JavaFileObjects.forSourceLines("test.J",
                "package test;",
                "import io.jnear.annotations.*;",
                "import io.jnear.sdk.*;",
                "@Contract",
                "public class J {",
                "    public Promise<String> both() {",
                "        Promise<String> a = JStub.self().name();",
                "        Promise<Integer> b = JStub.self().count();",
                "        return Promise.and(a, b).then(JStub.self().done());",
                "    }",
                "    public String name() { return \"\"; }",
                "    public int count() { return 1; }",
                "    @Private",
                "    public String done(@CallbackResult PromiseResult<String> x, @CallbackResult PromiseResult<String> y) {",
                "        return \"\";",
                "    }",
                "}");
        Compilation compilation = Fixtures.compile(List.of(source));
        assertThat(compilation).hadErrorContaining("then").inFile(source).onLine(9);
    }

    /** A contract that chains its own callback taking {@code resultParam} after a {@code Promise<String>}. */
    private static JavaFileObject wiring(String resultParam) {
        return JavaFileObjects.forSourceLines("test.W",
                "package test;",
                "import io.jnear.annotations.*;",
                "import io.jnear.sdk.*;",
                "@CrossContractCall",
                "interface Remote {",
                "    String name();",
                "}",
                "",
                "@Contract",
                "public class W {",
                "    public Promise<String> ask(String account) {",
                "        return RemoteStub.on(account).name()",
                "                .then(WStub.self().done());",
                "    }",
                "",
                "    @Private",
                "    public String done(@CallbackResult " + resultParam + " result) {",
                "        return \"\";",
                "    }",
                "}");
    }

    private static String source(Compilation compilation, String qualifiedName) throws IOException {
        return compilation.generatedSourceFile(qualifiedName)
                .orElseThrow(() -> new AssertionError("not generated: " + qualifiedName))
                .getCharContent(true).toString();
    }

    private static String resource(Compilation compilation, String path) throws IOException {
        return compilation.generatedFile(StandardLocation.CLASS_OUTPUT, path)
                .orElseThrow(() -> new AssertionError("not generated: " + path))
                .getCharContent(true).toString();
    }

    private static Map<String, String> outputs(Compilation compilation) throws IOException {
        Map<String, String> out = new TreeMap<>();
        for (JavaFileObject f : compilation.generatedFiles()) {
            if (f.getKind() != JavaFileObject.Kind.CLASS) {
                out.put(f.getName(), f.getCharContent(true).toString());
            }
        }
        return out;
    }

    /**
     * Compares with {@code golden/<path>}; when it is missing or differs, writes the actual output under
     * target/golden-actual and says where to copy it.
     */
    private static void checkGolden(String path, String actual, List<String> problems) throws IOException {
        String expected;
        try (InputStream in = GeneratedCodeTest.class.getClassLoader().getResourceAsStream("golden/" + path)) {
            expected = in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (actual.equals(expected)) {
            return;
        }
        Path written = ACTUAL_DIR.resolve(path);
        Files.createDirectories(written.getParent());
        Files.writeString(written, actual, StandardCharsets.UTF_8);
        problems.add((expected == null ? "No golden file " : "Golden file differs: ") + GOLDEN_SOURCE_DIR.resolve(path)
                + "\nThe actual output is in " + written.toAbsolutePath()
                + "\nIf the change is intended: cp " + written + " " + GOLDEN_SOURCE_DIR.resolve(path));
    }
}

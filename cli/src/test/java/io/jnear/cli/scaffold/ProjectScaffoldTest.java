package io.jnear.cli.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class ProjectScaffoldTest {
    private static final ScaffoldVersions VERSIONS = new ScaffoldVersions("9.8.7-TEST", "5.0.0-TEST", "17",
            "3.0.0-COMPILER", "3.0.0-SUREFIRE", "3.0.0-RESOURCES", "3.0.0-JAR", "0.0.1-TEAVM");

    @TempDir
    Path parent;

    private static List<String> filesUnder(Path root) throws Exception {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    @Test
    void writesPomReadmeContractAndTestInThePackageDirectories() throws Exception {
        Path dir = parent.resolve("greeter");
        List<Path> created = ProjectScaffold.create(dir, "com.acme.near", "Greeter", VERSIONS);

        List<String> expected = List.of(".gitignore", "README.md", "pom.xml",
                "src/main/java/com/acme/near/Greeter.java", "src/test/java/com/acme/near/GreeterTest.java");
        assertEquals(expected, filesUnder(dir));
        assertEquals(expected, created.stream().map(p -> p.toString().replace('\\', '/')).sorted().toList());
        assertEquals(List.of("greeter"), filesUnder(parent).stream().map(f -> f.split("/")[0]).distinct().toList(),
                "no staging directory left beside the project");
    }

    @Test
    void contractAndTestUseThePackageAndClassName() throws Exception {
        Path dir = parent.resolve("greeter");
        ProjectScaffold.create(dir, "com.acme.near", "Greeter", VERSIONS);

        String contract = Files.readString(dir.resolve("src/main/java/com/acme/near/Greeter.java"));
        assertTrue(contract.startsWith("package com.acme.near;\n"), contract);
        assertTrue(contract.contains("@Contract\npublic class Greeter {"), contract);
        assertTrue(contract.contains("@View\n    public String getGreeting()"), contract);
        assertTrue(contract.contains("public void setGreeting(String greeting)"), contract);

        String test = Files.readString(dir.resolve("src/test/java/com/acme/near/GreeterTest.java"));
        assertTrue(test.contains("@JnearTest\nclass GreeterTest {"), test);
        assertTrue(test.contains("@Deployed(id = \"contract.test.near\", contract = Greeter.class)\n    Account contract;"), test);
        assertTrue(test.contains("alice.transact(GreeterStub.on(contract.id()).setGreeting(\"hi\"))"), test);
        assertTrue(test.contains("sandbox.view(GreeterStub.on(contract.id()).getGreeting())"), test);

        for (String file : filesUnder(dir)) {
            String text = Files.readString(dir.resolve(file));
            assertFalse(text.contains("$${"), file + " still has an escaped placeholder");
        }
    }

    @Test
    void pomPinsThisJnearVersionAndWiresTheProcessor() throws Exception {
        Path dir = parent.resolve("Greeter Project");
        ProjectScaffold.create(dir, "com.acme.near", "Greeter", VERSIONS);

        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(dir.resolve("pom.xml").toFile());
        assertEquals("com.acme.near", text(pom, "groupId"));
        assertEquals("greeter-project", text(pom, "artifactId"));
        assertEquals("9.8.7-TEST", text(pom, "jnear.version"));
        assertEquals("5.0.0-TEST", text(pom, "junit.version"));
        assertEquals("17", text(pom, "maven.compiler.release"));
        String xml = Files.readString(dir.resolve("pom.xml"));
        assertTrue(xml.contains("<artifactId>jnear-annotations</artifactId>\n      <version>${jnear.version}</version>"));
        assertTrue(xml.contains("<artifactId>jnear-sdk</artifactId>\n      <version>${jnear.version}</version>\n"
                + "    </dependency>"), xml);
        // the contract compiles against the SDK alone; the sandbox is for its tests
        assertTrue(xml.contains("<artifactId>jnear-runtime</artifactId>\n      <version>${jnear.version}</version>\n"
                + "      <scope>test</scope>"), xml);
        assertTrue(xml.contains("<artifactId>jnear-testing</artifactId>\n      <version>${jnear.version}</version>\n"
                + "      <scope>test</scope>"), xml);
        assertEquals(3, xml.split("<scope>test</scope>", -1).length - 1, "runtime, testing and JUnit: test scope");
        assertTrue(xml.matches("(?s).*<annotationProcessorPaths>\\s*<path>\\s*<groupId>io.jnear</groupId>\\s*"
                + "<artifactId>jnear-processor</artifactId>\\s*<version>\\$\\{jnear.version}</version>.*"), xml);
        assertTrue(xml.contains("<version>3.0.0-COMPILER</version>"));
        assertTrue(xml.contains("<version>3.0.0-SUREFIRE</version>"));
        assertTrue(xml.contains("<version>3.0.0-RESOURCES</version>"));
        assertTrue(xml.contains("<version>3.0.0-JAR</version>"));
        assertTrue(Files.readString(dir.resolve("README.md")).contains("jnear 9.8.7-TEST"));
    }

    private static String text(Document doc, String tag) {
        return doc.getElementsByTagName(tag).item(0).getTextContent();
    }

    @Test
    void anExistingEmptyDirectoryIsFilled() throws Exception {
        Path dir = Files.createDirectory(parent.resolve("empty"));
        ProjectScaffold.create(dir, "io.example", "MyContract", VERSIONS);
        assertTrue(Files.isRegularFile(dir.resolve("pom.xml")));
    }

    @Test
    void refusesANonEmptyDirectoryAndLeavesItAlone() throws Exception {
        Path dir = Files.createDirectory(parent.resolve("busy"));
        Files.writeString(dir.resolve("notes.txt"), "mine");

        var e = assertThrows(ScaffoldRefusedException.class,
                () -> ProjectScaffold.create(dir, "io.example", "MyContract", VERSIONS));

        assertEquals(dir + " is not empty; give a new or empty directory", e.getMessage());
        assertEquals(List.of("busy/notes.txt"), filesUnder(parent));
    }

    @Test
    void refusesAFileAndAMissingParent() throws Exception {
        Path file = Files.writeString(parent.resolve("file"), "x");
        assertThrows(ScaffoldRefusedException.class,
                () -> ProjectScaffold.create(file, "io.example", "MyContract", VERSIONS));
        var e = assertThrows(ScaffoldRefusedException.class,
                () -> ProjectScaffold.create(parent.resolve("a/b"), "io.example", "MyContract", VERSIONS));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
        assertEquals(List.of("file"), filesUnder(parent));
    }

    @Test
    void refusesPackageNamesJavaWouldNot() {
        for (String bad : List.of("", "io.2fast", "io.class", "io..x", "io.example.", "io-example", "java.near")) {
            Path dir = parent.resolve("p");
            assertThrows(ScaffoldRefusedException.class,
                    () -> ProjectScaffold.create(dir, bad, "MyContract", VERSIONS), bad);
            assertFalse(Files.exists(dir), bad);
        }
    }

    @Test
    void refusesClassNamesJavaWouldNotOrThatClashWithTheGeneratedCode() {
        for (String bad : List.of("", "my-contract", "2Fast", "class", "io.example.Foo", "Sandbox", "String")) {
            Path dir = parent.resolve("c");
            assertThrows(ScaffoldRefusedException.class,
                    () -> ProjectScaffold.create(dir, "io.example", bad, VERSIONS), bad);
            assertFalse(Files.exists(dir), bad);
        }
    }

    @Test
    void classNameComesFromTheDirectoryWhenItMakesOne() {
        assertEquals("HelloNear", ProjectScaffold.classNameFor(Path.of("work", "hello-near")));
        assertEquals("MyToken2", ProjectScaffold.classNameFor(Path.of("my_token2")));
        assertEquals("MyContract", ProjectScaffold.classNameFor(Path.of("2048")));
        assertEquals("MyContract", ProjectScaffold.classNameFor(Path.of("sandbox")));
    }

    @Test
    void artifactIdIsTheDirectoryNameMadeSafe() {
        assertEquals("hello-near", ProjectScaffold.artifactId(Path.of("Hello Near")));
        assertEquals("my-contract", ProjectScaffold.artifactId(Path.of("---")));
        assertEquals("tok.v2", ProjectScaffold.artifactId(Path.of("tok.v2")));
    }
}

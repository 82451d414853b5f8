package io.jnear.cli.scaffold;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.lang.model.SourceVersion;

/**
 * Writes a new Maven project for one contract: a pom wired to the jnear processor, a Hello-NEAR-like
 * contract, a sandbox test for it, a README and a {@code .gitignore}.
 *
 * <p>Everything is checked before anything is written, and the files are written into a hidden
 * temporary directory beside the target that is renamed into place at the end, so a refusal or a
 * failure halfway leaves no partial project behind.
 */
public final class ProjectScaffold {
    /** Package used when none is given. */
    public static final String DEFAULT_PACKAGE = "io.example";
    /** Class name used when none is given and the directory's name does not make one. */
    public static final String DEFAULT_CLASS = "MyContract";

    // Simple names the generated sources use unqualified: a contract with one of them would not compile.
    private static final Set<String> TAKEN_NAMES = Set.of("Account", "Contract", "Env", "ExecutionResult",
            "List", "NearToken", "Sandbox", "Test", "View", "Object", "String", "Class", "Override");

    private final Path directory;
    private final String packageName;
    private final String className;
    private final ScaffoldVersions versions;

    private ProjectScaffold(Path directory, String packageName, String className, ScaffoldVersions versions) {
        this.directory = directory;
        this.packageName = packageName;
        this.className = className;
        this.versions = versions;
    }

    /**
     * Creates the project in {@code directory} (which must not exist, or be empty) and returns the files
     * written, relative to it.
     *
     * @throws ScaffoldRefusedException for an invalid name or an unusable directory; nothing is written
     * @throws IOException when writing fails; nothing is left behind
     */
    public static List<Path> create(Path directory, String packageName, String className, ScaffoldVersions versions)
            throws IOException {
        checkPackage(packageName);
        checkClassName(className);
        Path target = directory.toAbsolutePath().normalize();
        checkTarget(directory, target);
        return new ProjectScaffold(target, packageName, className, versions).write();
    }

    /**
     * The class name a directory suggests: {@code hello-near} gives {@code HelloNear}; a name that makes
     * no Java identifier gives {@value #DEFAULT_CLASS}.
     */
    public static String classNameFor(Path directory) {
        Path name = directory.toAbsolutePath().normalize().getFileName();
        StringBuilder s = new StringBuilder();
        if (name != null) {
            for (String word : name.toString().split("[^A-Za-z0-9]+")) {
                if (!word.isEmpty()) {
                    s.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
                }
            }
        }
        String candidate = s.toString();
        boolean usable = SourceVersion.isIdentifier(candidate) && !SourceVersion.isKeyword(candidate)
                && !TAKEN_NAMES.contains(candidate);
        return usable ? candidate : DEFAULT_CLASS;
    }

    private static void checkPackage(String packageName) {
        if (!SourceVersion.isName(packageName)) {
            throw new ScaffoldRefusedException("'" + packageName + "' is not a Java package name (dot-separated "
                    + "identifiers that are not keywords, such as " + DEFAULT_PACKAGE + ")");
        }
        if (packageName.equals("java") || packageName.startsWith("java.")) {
            throw new ScaffoldRefusedException("package '" + packageName + "' is reserved for the JDK");
        }
    }

    private static void checkClassName(String className) {
        if (!SourceVersion.isIdentifier(className) || SourceVersion.isKeyword(className)) {
            throw new ScaffoldRefusedException("'" + className + "' is not a Java class name (such as "
                    + DEFAULT_CLASS + ")");
        }
        if (TAKEN_NAMES.contains(className)) {
            throw new ScaffoldRefusedException("class name '" + className + "' would clash with a class the "
                    + "generated code uses; choose another, such as " + DEFAULT_CLASS);
        }
    }

    private static void checkTarget(Path given, Path target) throws IOException {
        if (Files.exists(target)) {
            if (!Files.isDirectory(target)) {
                throw new ScaffoldRefusedException(given + " exists and is not a directory");
            }
            try (Stream<Path> entries = Files.list(target)) {
                if (entries.findAny().isPresent()) {
                    throw new ScaffoldRefusedException(given + " is not empty; give a new or empty directory");
                }
            }
        }
        Path parent = target.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new ScaffoldRefusedException("cannot create " + given + ": directory " + parent + " does not exist");
        }
        if (!Files.isWritable(parent)) {
            throw new ScaffoldRefusedException("cannot create " + given + ": " + parent + " is not writable");
        }
    }

    private Map<Path, String> files() {
        String packagePath = packageName.replace('.', '/');
        Map<String, String> all = Map.ofEntries(
                Map.entry("package", packageName),
                Map.entry("packagePath", packagePath),
                Map.entry("className", className),
                Map.entry("groupId", packageName),
                Map.entry("artifactId", artifactId(directory)),
                Map.entry("contractAccount", "contract.test.near"),
                Map.entry("jnearVersion", versions.jnear()),
                Map.entry("junitVersion", versions.junit()),
                Map.entry("javaRelease", versions.javaRelease()),
                Map.entry("compilerPluginVersion", versions.compilerPlugin()),
                Map.entry("surefirePluginVersion", versions.surefirePlugin()),
                Map.entry("resourcesPluginVersion", versions.resourcesPlugin()),
                Map.entry("jarPluginVersion", versions.jarPlugin()),
                Map.entry("teavmVersion", versions.teavm()));
        Map<Path, String> files = new LinkedHashMap<>();
        files.put(Path.of("pom.xml"), Template.load("pom.xml.template").render(all));
        files.put(Path.of("README.md"), Template.load("README.md.template").render(all));
        files.put(Path.of(".gitignore"), Template.load("gitignore.template").render(all));
        files.put(Path.of("src/main/java", packagePath, className + ".java"),
                Template.load("Contract.java.template").render(all));
        files.put(Path.of("src/test/java", packagePath, className + "Test.java"),
                Template.load("ContractTest.java.template").render(all));
        return files;
    }

    /** A Maven artifactId from the directory name: lower case, with anything unusual turned into dashes. */
    static String artifactId(Path directory) {
        Path name = directory.getFileName();
        String id = name == null ? "" : name.toString().toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9._-]+", "-").replaceAll("^[-.]+|[-.]+$", "");
        return id.isEmpty() ? "my-contract" : id;
    }

    private List<Path> write() throws IOException {
        // Render first: a template problem must surface before the disk is touched.
        Map<Path, String> files = files();
        Path parent = directory.getParent();
        // Not Files.createTempDirectory: its owner-only permissions would stay on the user's project.
        Path staging = Files.createDirectory(parent.resolve("." + directory.getFileName() + ".jnear-new-"
                + ProcessHandle.current().pid()));
        try {
            for (Map.Entry<Path, String> file : files.entrySet()) {
                Path path = staging.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
            }
            // The target may exist as an empty directory; a rename cannot replace it, so it goes first.
            Files.deleteIfExists(directory);
            try {
                Files.move(staging, directory, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(staging, directory);
            }
        } finally {
            deleteTree(staging);
        }
        return new ArrayList<>(files.keySet());
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}

package io.jnear.cli.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds a scaffolded project with Maven, as a user would: {@code mvn -B -o -q verify} in a fresh
 * {@code jnear new} directory, which compiles the contract through the jnear processor and runs its
 * sandbox test.
 *
 * <p>It needs jnear's own artifacts (processor included) installed in the local repository, and they must
 * be the ones this build just made: {@code mvn -B install} (the README's test command) installs each
 * module before the CLI's tests run, so there it always runs. Under a plain {@code mvn verify} the
 * installed jars may be missing or stale; then the test is skipped and says why, unless
 * {@code -Djnear.scaffoldBuild=true} forces it.
 *
 * Add {@code -Dmaven.repo.local=<dir>} to both commands to use a private repository; the test passes it on
 * to the inner build. The inner build runs offline: everything it needs (jnear, JUnit, the compiler and
 * Surefire plugins at jnear's own versions) is already there after the install. {@code -Djnear.mvn=<path>}
 * picks the Maven executable (default: {@code mvn} on the PATH).
 */
class ScaffoldedProjectBuildTest {
    private static final List<String> MODULES = List.of("annotations", "sdk", "runtime", "testing", "processor");

    /** Null if the installed jnear jars are exactly the ones in this checkout's target folders, else why not. */
    private static String staleInstall(Path repo, String version) throws java.io.IOException {
        for (String module : MODULES) {
            String jar = "jnear-" + module + "-" + version + ".jar";
            Path installed = repo.resolve("io/jnear/jnear-" + module + "/" + version + "/" + jar);
            Path built = Path.of("..", module, "target", jar);
            if (!Files.isRegularFile(installed)) {
                return installed + " is not installed (run mvn -B install)";
            }
            if (Files.isRegularFile(built) && Files.mismatch(installed, built) != -1) {
                return installed + " differs from " + built + " (run mvn -B install)";
            }
        }
        return null;
    }

    /** The local repository the inner build uses, or null (and the test skipped) if its jars are stale. */
    private static Path repository(ScaffoldVersions versions) throws java.io.IOException {
        String repoProperty = System.getProperty("maven.repo.local");
        Path repo = repoProperty != null ? Path.of(repoProperty)
                : Path.of(System.getProperty("user.home"), ".m2", "repository");
        if (!Boolean.getBoolean("jnear.scaffoldBuild")) {
            String stale = staleInstall(repo, versions.jnear());
            org.junit.jupiter.api.Assumptions.assumeTrue(stale == null, () -> "skipped: " + stale);
        }
        return repo;
    }

    /** Runs {@code mvn -B -o -q <goal>} in {@code dir}; its exit code, with its output in {@code log}. */
    private static int maven(Path dir, String goal, Path log) throws Exception {
        List<String> command = new ArrayList<>(List.of(System.getProperty("jnear.mvn", "mvn"), "-B", "-o", "-q"));
        String repoProperty = System.getProperty("maven.repo.local");
        if (repoProperty != null) {
            command.add("-Dmaven.repo.local=" + repoProperty);
        }
        command.add(goal);
        Process build = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!build.waitFor(10, TimeUnit.MINUTES)) {
            build.destroyForcibly();
            fail("the scaffolded build took over 10 minutes; its log:\n" + Files.readString(log));
        }
        return build.exitValue();
    }

    @Test
    void contractCodeCannotImportTheSandbox(@TempDir Path parent) throws Exception {
        ScaffoldVersions versions = ScaffoldVersions.ofThisBuild();
        repository(versions);
        Path dir = parent.resolve("leaky");
        ProjectScaffold.create(dir, "io.example", "Leaky", versions);
        // contract code (src/main) that reaches for the sandbox: the runtime is a test dependency only
        Files.writeString(dir.resolve("src/main/java/io/example/Escape.java"), String.join("\n",
                "package io.example;",
                "",
                "public class Escape {",
                "    static Object sandbox() {",
                "        return io.jnear.runtime.Sandbox.create();",
                "    }",
                "}",
                ""));

        Path log = parent.resolve("build.log");
        int exit = maven(dir, "compile", log);

        String output = Files.readString(log);
        assertTrue(exit != 0, "contract code compiled against the sandbox; the log:\n" + output);
        assertTrue(output.contains("Escape.java") && output.contains("package io.jnear.runtime does not exist"),
                output);
    }

    @Test
    void scaffoldedProjectCompilesWithTheProcessorAndItsTestPasses(@TempDir Path parent) throws Exception {
        ScaffoldVersions versions = ScaffoldVersions.ofThisBuild();
        repository(versions);

        Path dir = parent.resolve("hello-near");
        ProjectScaffold.create(dir, "io.example", "HelloNear", versions);

        Path log = parent.resolve("build.log");
        assertEquals(0, maven(dir, "verify", log), "the scaffolded build failed; its log:\n" + Files.readString(log));

        String report = Files.readString(dir.resolve("target/surefire-reports/TEST-io.example.HelloNearTest.xml"));
        assertTrue(report.contains("tests=\"1\"") && report.contains("failures=\"0\"") && report.contains("errors=\"0\""),
                report);
    }
}

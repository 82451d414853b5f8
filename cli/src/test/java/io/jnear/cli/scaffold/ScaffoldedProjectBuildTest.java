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
    private static final List<String> MODULES = List.of("annotations", "runtime", "processor");

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

    @Test
    void scaffoldedProjectCompilesWithTheProcessorAndItsTestPasses(@TempDir Path parent) throws Exception {
        ScaffoldVersions versions = ScaffoldVersions.ofThisBuild();
        String repoProperty = System.getProperty("maven.repo.local");
        Path repo = repoProperty != null ? Path.of(repoProperty)
                : Path.of(System.getProperty("user.home"), ".m2", "repository");
        if (!Boolean.getBoolean("jnear.scaffoldBuild")) {
            String stale = staleInstall(repo, versions.jnear());
            org.junit.jupiter.api.Assumptions.assumeTrue(stale == null, () -> "skipped: " + stale);
        }

        Path dir = parent.resolve("hello-near");
        ProjectScaffold.create(dir, "io.example", "HelloNear", versions);

        List<String> command = new ArrayList<>(List.of(System.getProperty("jnear.mvn", "mvn"), "-B", "-o", "-q"));
        if (repoProperty != null) {
            command.add("-Dmaven.repo.local=" + repoProperty);
        }
        command.add("verify");
        Path log = parent.resolve("build.log");
        Process build = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!build.waitFor(10, TimeUnit.MINUTES)) {
            build.destroyForcibly();
            fail("the scaffolded build took over 10 minutes; its log:\n" + Files.readString(log));
        }
        assertEquals(0, build.exitValue(), "the scaffolded build failed; its log:\n" + Files.readString(log));

        String report = Files.readString(dir.resolve("target/surefire-reports/TEST-io.example.HelloNearTest.xml"));
        assertTrue(report.contains("tests=\"1\"") && report.contains("failures=\"0\"") && report.contains("errors=\"0\""),
                report);
    }
}

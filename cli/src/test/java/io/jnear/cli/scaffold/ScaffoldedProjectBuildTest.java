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
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds a scaffolded project with Maven, as a user would: {@code mvn -B -o -q verify} in a fresh
 * {@code jnear new} directory, which compiles the contract through the jnear processor and runs its
 * sandbox test.
 *
 * <p>Off by default, because it needs jnear's own artifacts (processor included) installed in a local
 * repository first, and the default build must not depend on what is in {@code ~/.m2}. To run it:
 *
 * <pre>
 * mvn -B -DskipTests install
 * mvn -B -pl cli verify -Djnear.scaffoldBuild=true -Dtest=ScaffoldedProjectBuildTest -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * Add {@code -Dmaven.repo.local=<dir>} to both commands to use a private repository; the test passes it on
 * to the inner build. The inner build runs offline: everything it needs (jnear, JUnit, the compiler and
 * Surefire plugins at jnear's own versions) is already there after the install. {@code -Djnear.mvn=<path>}
 * picks the Maven executable (default: {@code mvn} on the PATH).
 */
@EnabledIfSystemProperty(named = "jnear.scaffoldBuild", matches = "true")
class ScaffoldedProjectBuildTest {

    @Test
    void scaffoldedProjectCompilesWithTheProcessorAndItsTestPasses(@TempDir Path parent) throws Exception {
        ScaffoldVersions versions = ScaffoldVersions.ofThisBuild();
        String repoProperty = System.getProperty("maven.repo.local");
        Path repo = repoProperty != null ? Path.of(repoProperty)
                : Path.of(System.getProperty("user.home"), ".m2", "repository");
        Path processor = repo.resolve("io/jnear/jnear-processor/" + versions.jnear() + "/jnear-processor-"
                + versions.jnear() + ".jar");
        assertTrue(Files.isRegularFile(processor), "install jnear first (mvn -B -DskipTests install): " + processor
                + " is missing");

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

package io.jnear.runtime.sealing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The same calls give the same outcomes and state digest in every JVM: how deep contract code may recurse
 * is the sandbox's limit, not the thread's stack size, and hash order, identity hash codes and math do not
 * depend on the JVM or its JIT. Other Java versions are probed when given with
 * {@code -Djnear.otherJavaHomes=<java home>,…}.
 */
class SameOutcomesOnEveryJvmTest {
    /** Other Java homes to run the probe in, comma-separated (unset: only this JVM's Java). */
    static final String OTHER_JAVA_HOMES = "jnear.otherJavaHomes";

    private static String probe(String... jvmOptions) throws Exception {
        return probeIn(System.getProperty("java.home"), jvmOptions);
    }

    private static String probeIn(String javaHome, String... jvmOptions) throws Exception {
        String java = javaHome + File.separator + "bin" + File.separator + "java";
        List<String> command = new java.util.ArrayList<>(List.of(java));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), DeterminismProbe.class.getName()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the probe JVM finished");
        return out;
    }

    @Test
    void theSameCallsGiveTheSameOutcomesAndStateAtEveryStackSizeAndJitMode() throws Exception {
        String here = DeterminismProbe.outcomes();
        String depthError = "Exceeded the maximum call depth: contract methods nested more than 1000 deep";
        assertTrue(here.startsWith("10: \"10\"\n500: \"500\"\n998: \"998\"\n999: " + depthError + "\n"), here);
        assertEquals(here, probe("-Xss256k"));
        assertEquals(here, probe("-Xss8m"));
        assertEquals(here, probe("-XX:+UnlockExperimentalVMOptions", "-XX:hashCode=2"), "identity hash codes all 1: nothing depends on them");
        assertEquals(here, probe("-Xss256k", "-Xint"));
    }

    @Test
    void theSameCallsGiveTheSameOutcomesAndStateOnOtherJavaVersions() throws Exception {
        String homes = System.getProperty(OTHER_JAVA_HOMES, "");
        assumeFalse(homes.isBlank(), "no other Java given (-D" + OTHER_JAVA_HOMES + "=<java home>,…)");
        String here = DeterminismProbe.outcomes();
        for (String home : homes.split(",")) {
            assertEquals(here, probeIn(home.strip()), home);
            assertEquals(here, probeIn(home.strip(), "-Xss256k", "-Xint"), home + " -Xss256k -Xint");
        }
    }
}

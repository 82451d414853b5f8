package io.jnear.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A Node program of the real-client tests: a folder under {@code src/test} with its {@code package.json} and
 * lockfile, installed with {@code npm ci} when its {@code node_modules} is missing, and run as a process.
 */
final class NodeTool {
    private final Path dir;

    NodeTool(Path dir) {
        this.dir = dir;
    }

    /** Installs the folder's packages exactly as its lockfile pins them, unless they are there. */
    NodeTool installed() throws IOException, InterruptedException {
        if (!Files.isDirectory(dir.resolve("node_modules"))) {
            Result install = run(List.of("npm", "ci", "--no-audit", "--no-fund"), Map.of(), 600);
            assertEquals(0, install.exitCode(), "npm ci failed in " + dir + ":\n" + install.output());
        }
        return this;
    }

    /** What a finished process printed (stdout and stderr together) and its exit code. */
    record Result(int exitCode, String output) {
    }

    Result run(List<String> command, Map<String, String> environment, long timeoutSeconds)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return new Result(-1, "timed out after " + timeoutSeconds + " s: " + command);
        }
        return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}

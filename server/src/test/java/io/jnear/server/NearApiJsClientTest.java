package io.jnear.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import io.jnear.wasm.ReferenceContracts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real client: near-api-js (from the npm registry, pinned by {@code src/test/node/package-lock.json})
 * runs {@code client.test.mjs} against a sandbox server, as it would against neard. Needs Node 20+ and
 * npm on the PATH; installs the client with {@code npm ci} when {@code node_modules} is missing.
 */
class NearApiJsClientTest {
    private static final Path CLIENT = Path.of("src", "test", "node");

    @Test
    void nearApiJsRunsItsScenarioAgainstTheSandbox(@TempDir Path home) throws Exception {
        if (!Files.isDirectory(CLIENT.resolve("node_modules"))) {
            Result install = run(List.of("npm", "ci", "--no-audit", "--no-fund"), 600);
            assertEquals(0, install.exitCode(), "npm ci failed:\n" + install.output());
        }
        try (SandboxServer server = SandboxServer.start(SandboxServer.Options.defaults().withPort(0).withHome(home))) {
            Path statusMessage = home.resolve("status_message.wasm");
            Files.write(statusMessage, ReferenceContracts.read("status_message.wasm"));
            Result test = run(List.of("node", "client.test.mjs", server.url().toString(),
                    server.keyFile().toAbsolutePath().toString(), statusMessage.toAbsolutePath().toString()), 300);
            System.out.println(test.output());
            assertEquals(0, test.exitCode(), "the near-api-js scenario failed:\n" + test.output());
            assertTrue(test.output().contains("all 20 checks passed"), test.output());
        }
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(List<String> command, long timeoutSeconds) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(CLIENT.toFile()).redirectErrorStream(true).start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return new Result(-1, "timed out after " + timeoutSeconds + " s: " + command);
        }
        return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}

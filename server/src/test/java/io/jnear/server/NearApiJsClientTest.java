package io.jnear.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnear.wasm.ReferenceContracts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real client: near-api-js (from the npm registry, pinned by {@code src/test/node/package-lock.json})
 * runs {@code client.test.mjs} against a sandbox server, as it would against neard. Needs Node 20+ and
 * npm on the PATH; installs the client with {@code npm ci} when {@code node_modules} is missing.
 */
class NearApiJsClientTest {
    private static final NodeTool CLIENT = new NodeTool(Path.of("src", "test", "node"));

    @Test
    void nearApiJsRunsItsScenarioAgainstTheSandbox(@TempDir Path home) throws Exception {
        CLIENT.installed();
        try (SandboxServer server = SandboxServer.start(SandboxServer.Options.defaults().withPort(0).withHome(home))) {
            Path statusMessage = home.resolve("status_message.wasm");
            Files.write(statusMessage, ReferenceContracts.read("status_message.wasm"));
            NodeTool.Result test = CLIENT.run(List.of("node", "client.test.mjs", server.url().toString(),
                    server.keyFile().toAbsolutePath().toString(), statusMessage.toAbsolutePath().toString()), Map.of(), 300);
            System.out.println(test.output());
            assertEquals(0, test.exitCode(), "the near-api-js scenario failed:\n" + test.output());
            assertTrue(test.output().contains("all 21 checks passed"), test.output());
        }
    }
}

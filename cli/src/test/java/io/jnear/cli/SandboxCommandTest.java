package io.jnear.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnear.server.SandboxServer;
import io.jnear.server.node.BlockProduction;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SandboxCommandTest {

    @Test
    void defaultsAreNeardsPortMemoryOnlyAndBlocksOnDemand() {
        SandboxServer.Options options = SandboxCommand.parse(List.of());
        assertEquals(3030, options.port());
        assertNull(options.home());
        assertEquals(new BlockProduction.OnDemand(), options.production());
        assertEquals(SandboxServer.Options.DEFAULT_STATE_HISTORY, options.stateHistory());
    }

    @Test
    void optionsSetPortHomeAndBlockTime() {
        SandboxServer.Options options = SandboxCommand.parse(List.of("--port", "4040", "--home", "chain",
                "--block-time", "250", "--state-history", "16"));
        assertEquals(4040, options.port());
        assertEquals(16, options.stateHistory());
        assertEquals(Path.of("chain"), options.home());
        assertEquals(new BlockProduction.Timed(250), options.production());
        assertEquals(new BlockProduction.OnDemand(),
                SandboxCommand.parse(List.of("--block-time", "250", "--on-demand")).production());
    }

    @Test
    void badOptionsAreUsageErrorsWithExitCodeTwo() {
        assertUsageError("jnear: --port needs a number, got 'x' (run 'jnear help' for usage)", "sandbox", "--port", "x");
        assertUsageError("jnear: --port must be between 0 and 65535, got 70000 (run 'jnear help' for usage)",
                "sandbox", "--port", "70000");
        assertUsageError("jnear: --block-time needs a value (run 'jnear help' for usage)", "sandbox", "--block-time");
        assertUsageError("jnear: --state-history must be between 0 and 1000000, got -1 (run 'jnear help' for usage)",
                "sandbox", "--state-history", "-1");
        assertUsageError("jnear: unknown option '--fast' for sandbox (run 'jnear help' for usage)", "sandbox", "--fast");
    }

    @Test
    void helpNamesTheSandboxCommand() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Main(new PrintStream(out, true, StandardCharsets.UTF_8), System.err).run(new String[] {"help"});
        assertTrue(out.toString(StandardCharsets.UTF_8).contains(
                "jnear sandbox [--port 3030] [--home <dir>] [--block-time <ms>|--on-demand]"));
    }

    private static void assertUsageError(String expected, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Main(System.out, new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        assertEquals(2, code);
        assertEquals(expected, err.toString(StandardCharsets.UTF_8).strip());
    }
}

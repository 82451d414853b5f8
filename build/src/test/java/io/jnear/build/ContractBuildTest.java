package io.jnear.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jnear.build.fixtures.Greeter;
import io.jnear.build.fixtures.cycle.Ping;
import io.jnear.runtime.Account;
import io.jnear.runtime.Sandbox;
import io.jnear.sdk.NearToken;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build finds a project's contracts by their ABIs and writes a deployable module and the ABI for each. */
class ContractBuildTest {
    @TempDir
    Path out;

    @Test
    void writesTheModuleAndTheAbiOfAContract() throws Exception {
        Path classes = Path.of(Greeter.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ContractBuild build = new ContractBuild(classes, List.of());
        assertEquals(List.of("io.jnear.build.fixtures.Conversions", "io.jnear.build.fixtures.Greeter",
                "io.jnear.build.fixtures.cycle.Ping", "io.jnear.build.fixtures.cycle.Pong"), build.contracts());

        ContractBuild.Built built = build.build("io.jnear.build.fixtures.Greeter", out);

        assertEquals(out.resolve("Greeter.wasm"), built.wasm());
        assertEquals(built.bytes(), Files.size(built.wasm()));
        assertArrayEquals(Files.readAllBytes(classes.resolve("META-INF/jnear/abi/io.jnear.build.fixtures.Greeter.json")),
                Files.readAllBytes(out.resolve("Greeter.abi.json")));
        Sandbox sandbox = Sandbox.create();
        Account alice = sandbox.createAccount("alice.test.near", NearToken.near(10));
        Account greeter = sandbox.deployWasm("greeter.test.near", built.wasm());
        alice.call(greeter.id(), "set_greeting", "{\"greeting\":\"built\"}");
        assertEquals("\"built\"", sandbox.viewJson(greeter.id(), "get_greeting", "{}"));
    }

    @Test
    void aContractBuiltTwiceInOneBuildIsCompiledOnce() throws Exception {
        Path classes = Path.of(Greeter.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        WasmCompiler compiler = new WasmCompiler(List.of(classes.toFile()));

        byte[] first = compiler.compile("io.jnear.build.fixtures.GreeterWasmEntry");
        first[0] = 'x';
        byte[] second = compiler.compile("io.jnear.build.fixtures.GreeterWasmEntry");

        assertEquals(1, compiler.teavmRuns());
        assertEquals(0, second[0], "each caller gets its own copy of the module");
    }

    @Test
    void contractsThatDeployEachOtherFailTheBuildNamingTheCycle() throws Exception {
        Path classes = Path.of(Ping.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        WasmBuildException e = assertThrows(WasmBuildException.class,
                () -> new WasmCompiler(List.of(classes.toFile())).compile("io.jnear.build.fixtures.cycle.PingWasmEntry"));
        assertEquals("Contracts that deploy each other cannot embed each other's Wasm: "
                + "io.jnear.build.fixtures.cycle.PingWasmEntry → io.jnear.build.fixtures.cycle.PongWasmEntry"
                + " → io.jnear.build.fixtures.cycle.PingWasmEntry", e.getMessage());
    }
}

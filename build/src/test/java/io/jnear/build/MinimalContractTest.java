package io.jnear.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import io.jnear.build.fixtures.Greeter;
import io.jnear.runtime.Account;
import io.jnear.runtime.ExecutionResult;
import io.jnear.runtime.Sandbox;
import io.jnear.sdk.NearToken;
import java.io.File;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A small contract with Borsh state, built to Wasm by TeaVM and the post-pass, behaves as its JVM build. */
class MinimalContractTest {
    private static byte[] wasm;

    private final Sandbox sandbox = Sandbox.create();
    private final Account alice = sandbox.createAccount("alice.test.near", NearToken.near(10));

    @BeforeAll
    static void build() throws URISyntaxException {
        File classes = new File(Greeter.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        wasm = new WasmCompiler(List.of(classes)).compile("io.jnear.build.fixtures.GreeterWasmEntry");
    }

    @Test
    void theWasmBuildGivesTheJvmBuildsResultsAndLogs() {
        Account jvm = sandbox.deploy("jvm.test.near", Greeter.class);
        Account near = sandbox.deployWasm("wasm.test.near", wasm);
        for (Account contract : List.of(jvm, near)) {
            assertEquals("\"Hello\"", sandbox.viewJson(contract.id(), "get_greeting", "{}"));
            ExecutionResult<String> set = alice.call(contract.id(), "set_greeting", "{\"greeting\":\"hi\"}");
            assertTrue(set.isSuccess(), set::toTree);
            assertEquals(List.of("Saving greeting hi"), set.logs());
            alice.call(contract.id(), "set_greeting", "{\"greeting\":\"héllo wörld\"}");
        }
        assertEquals("\"héllo wörld\"", sandbox.viewJson(near.id(), "get_greeting", "{}"));
        assertEquals(sandbox.viewJson(jvm.id(), "get_changes", "{}"), sandbox.viewJson(near.id(), "get_changes", "{}"));
        assertEquals("2", sandbox.viewJson(near.id(), "get_changes", "{}"));
        assertEquals(sandbox.viewState(jvm.id()), sandbox.viewState(near.id()));
    }

    @Test
    void theModuleImportsOnlyEnvAndExportsOnlyTheContractsMethodsAndMemory() {
        WasmModule module = Parser.parse(wasm);
        var imports = module.importSection();
        for (int i = 0; i < imports.importCount(); i++) {
            assertEquals("env", imports.getImport(i).module(), imports.getImport(i).name());
        }
        Set<String> exports = new TreeSet<>();
        for (int i = 0; i < module.exportSection().exportCount(); i++) {
            exports.add(module.exportSection().getExport(i).name());
        }
        assertEquals(Set.of("get_changes", "get_greeting", "memory", "set_greeting"), exports);
        assertFalse(module.startSection().isPresent(), "TeaVM's start function ran at build time (Preinitializer)");
        for (var body : module.codeSection().functionBodies()) {
            for (var instruction : body.instructions()) {
                assertTrue(instruction.opcode().opcode() <= 0xC4, instruction.opcode().toString());
            }
        }
    }

    @Test
    void aThrowingMethodFailsWithTheSameErrorInBothBuilds() {
        Account jvm = sandbox.deploy("jvm.test.near", Greeter.class);
        Account near = sandbox.deployWasm("wasm.test.near", wasm);
        ExecutionResult<String> onJvm = alice.call(jvm.id(), "set_greeting", "{\"greeting\":\"\"}");
        ExecutionResult<String> onWasm = alice.call(near.id(), "set_greeting", "{\"greeting\":\"\"}");
        assertFalse(onWasm.isSuccess());
        assertEquals(onJvm.failureText(), onWasm.failureText());
        assertTrue(onWasm.failureText().contains("a greeting may not be empty"), onWasm.failureText());
    }
}

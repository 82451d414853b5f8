package io.jnear.wasm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnear.runtime.Account;
import io.jnear.runtime.ExecutionResult;
import io.jnear.runtime.Sandbox;
import io.jnear.runtime.exec.InvalidTransactionException;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.spi.ContractCode;
import io.jnear.wasm.prepare.Metering;
import io.jnear.wasm.prepare.WasmFeatures;
import io.jnear.wasm.vm.WasmCodeRunner;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Modules NEAR refuses are refused with nearcore's PrepareError, at deploy and when called. */
class PreparationTest {
    private final Sandbox sandbox = Sandbox.create();

    private String refusal(byte[] module) {
        return assertThrows(IllegalArgumentException.class, () -> sandbox.deployWasm("bad.test.near", module))
                .getMessage();
    }

    @Test
    void aModuleWithoutWasmMagicIsNotDeserializable() {
        assertEquals("Cannot deploy this Wasm module to bad.test.near: PrepareError: Error happened while "
                + "deserializing the module.", refusal("not a wasm module".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anImportedMemoryIsAMemoryError() {
        assertTrue(refusal(new TinyModule().importMemory("env", "memory").function("f").bytes())
                .endsWith("PrepareError: Error creating memory."));
    }

    @Test
    void anImportFromAnotherModuleThanEnvCannotBeInstantiated() {
        assertTrue(refusal(new TinyModule().importFunction("wasi_snapshot_preview1", "fd_write", 1).function("f").bytes())
                .endsWith("PrepareError: Error happened during instantiation."));
    }

    @Test
    void instructionsOutsideNearsFeatureSetAreRefused() {
        // f32.const 0; i32.trunc_sat_f32_s; drop — saturating conversions are not in MVP + sign-extension
        byte[] saturating = new TinyModule().function("f", 0x43, 0, 0, 0, 0, 0xFC, 0x00, 0x1A).bytes();
        assertTrue(refusal(saturating).endsWith("Error happened while deserializing the module."));
        // i64.extend8_s is sign-extension, which NEAR accepts
        sandbox.deployWasm("signext.test.near", new TinyModule().function("f", 0x42, 1, 0xC2, 0x1A).bytes());
    }

    @Test
    void bulkMemoryIsASettingForProtocol84() {
        // i32.const 0; i32.const 0; i32.const 8; memory.fill
        byte[] fill = new TinyModule().function("f", 0x41, 0, 0x41, 0, 0x41, 8, 0xFC, 0x0B, 0x00).bytes();
        ContractCode code = ContractCode.wasm(fill);
        assertEquals("Deserialization", new WasmCodeRunner(WasmFeatures.PORTABLE, Metering.NEAR).prepare(code)
                .orElseThrow().kind());
        assertTrue(new WasmCodeRunner(WasmFeatures.PROTOCOL_84_WASMTIME, Metering.NEAR).prepare(code).isEmpty());
        assertEquals(WasmFeatures.PROTOCOL_84_WASMTIME, WasmFeatures.fromSetting("protocol84-wasmtime"));
    }

    @Test
    void theOtherBulkAndTableOperationsAreAlsoOnlyForProtocol84() {
        byte[] segment = {1, 2, 3, 4};
        Map<String, byte[]> modules = new LinkedHashMap<>();
        modules.put("memory.init", new TinyModule().passiveData(segment)
                .function("f", 0x41, 0, 0x41, 0, 0x41, 4, 0xFC, 0x08, 0x00, 0x00).bytes());
        modules.put("data.drop", new TinyModule().passiveData(segment).function("f", 0xFC, 0x09, 0x00).bytes());
        modules.put("table.init", new TinyModule().table(4).passiveElements(0)
                .function("f", 0x41, 0, 0x41, 0, 0x41, 1, 0xFC, 0x0C, 0x00, 0x00).bytes());
        modules.put("elem.drop", new TinyModule().table(4).passiveElements(0).function("f", 0xFC, 0x0D, 0x00).bytes());
        modules.put("table.copy", new TinyModule().table(4)
                .function("f", 0x41, 1, 0x41, 0, 0x41, 1, 0xFC, 0x0E, 0x00, 0x00).bytes());
        modules.put("table.fill", new TinyModule().table(4)
                .function("f", 0x41, 0, 0xD0, 0x70, 0x41, 4, 0xFC, 0x11, 0x00).bytes());
        // a passive segment is itself bulk memory, even when no instruction uses it
        modules.put("passive data", new TinyModule().passiveData(segment).function("f").bytes());
        modules.put("passive elements", new TinyModule().table(4).passiveElements(0).function("f").bytes());
        modules.put("externref table", new TinyModule().externrefTable(4).function("f").bytes());
        modules.forEach((what, module) -> {
            ContractCode code = ContractCode.wasm(module);
            assertEquals("Deserialization", new WasmCodeRunner(WasmFeatures.PORTABLE, Metering.NEAR).prepare(code)
                    .map(e -> e.kind()).orElse("accepted"), what);
            assertTrue(new WasmCodeRunner(WasmFeatures.PROTOCOL_84_WASMTIME, Metering.NEAR).prepare(code).isEmpty(), what);
        });
    }

    @Test
    void codeOver4MiBIsRefusedBeforeItRuns() {
        // a transaction carrying it is already over NEAR's 1.5 MiB transaction limit
        byte[] big = new TinyModule().function("f").padding(4 * 1024 * 1024).bytes();
        InvalidTransactionException e = assertThrows(InvalidTransactionException.class,
                () -> sandbox.deployWasm("big.test.near", big));
        assertEquals("Size of serialized transaction 4194598 exceeded the limit 1572864", e.getMessage());
    }

    @Test
    void malformedCodeDeployedByAnActionFailsEveryCallWithACompilationError() {
        Account alice = sandbox.createAccount("alice.test.near", NearToken.near(10));
        Account bad = sandbox.deploy("bad.test.near", ContractCode.wasm(new byte[] {0, 'a', 's', 'm', 2, 0, 0, 0}), null);
        ExecutionResult<String> r = alice.call(bad.id(), "f", "{}");
        assertEquals("PrepareError: Error happened while deserializing the module.", r.failureText());
        assertTrue(r.toJson().contains("\"CompilationError\" : {\n              \"PrepareError\" : \"Deserialization\""),
                r::toJson);
    }

    @Test
    void anExportThatTakesParametersHasAnInvalidSignature() {
        Account tiny = sandbox.deployWasm("tiny.test.near", new TinyModule().typedFunction("takes_two", 1).bytes());
        assertEquals("MethodResolveError(MethodInvalidSignature)",
                sandbox.createAccount("alice.test.near", NearToken.near(10)).call(tiny.id(), "takes_two", "{}").failureText());
    }
}

package io.jnear.build;

import static io.jnear.build.ModuleBytes.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;


import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import io.jnear.runtime.Account;
import io.jnear.runtime.ExecutionResult;
import io.jnear.runtime.Sandbox;
import io.jnear.sdk.NearToken;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The post-pass on small hand-written modules shaped like TeaVM's output. */
class NearPostPassTest {
    /**
     * Imports teavm.logInt (0), env.panic (1), teavm.currentTimeMillis (2); defines go (3), which calls all
     * three, and a runtime function (4) exported as {@code teavm_stopped}.
     */
    private static byte[] teavmShapedModule() {
        ByteArrayOutputStream m = header();
        section(m, 1, vector(List.of(new byte[] {0x60, 0, 0}, new byte[] {0x60, 1, 0x7F, 0},
                new byte[] {0x60, 0, 1, 0x7C})));
        section(m, 2, vector(List.of(functionImport("teavm", "logInt", 1), functionImport("env", "panic", 0),
                functionImport("teavm", "currentTimeMillis", 2))));
        section(m, 3, vector(List.of(new byte[] {0}, new byte[] {0})));
        section(m, 5, new byte[] {1, 0, 1}); // one memory of one page
        section(m, 7, vector(List.of(export("go", FUNC, 3), export("teavm_stopped", FUNC, 4),
                export("memory", MEMORY, 0))));
        byte[] go = {0, 0x41, 7, 0x10, 0, 0x10, 2, 0x1A, 0x10, 1, 0x0B}; // i32.const 7; call 0; call 2; drop; call 1
        byte[] stopped = {0, 0x0B};
        section(m, 10, vector(List.of(sized(go), sized(stopped))));
        return m.toByteArray();
    }

    @Test
    void teavmImportsBecomeLocalNoOpsAndCallsStillReachTheirFunctions() {
        byte[] near = NearPostPass.apply(teavmShapedModule(), Set.of("go"));

        WasmModule module = Parser.parse(near);
        assertEquals(1, module.importSection().importCount());
        assertEquals("panic", module.importSection().getImport(0).name());
        List<String> exports = new ArrayList<>();
        for (int i = 0; i < module.exportSection().exportCount(); i++) {
            exports.add(module.exportSection().getExport(i).name());
        }
        assertEquals(List.of("go", "memory"), exports);

        // go runs the two no-ops (log, clock) and then reaches env.panic through its renumbered call
        Sandbox sandbox = Sandbox.create();
        Account alice = sandbox.createAccount("alice.test.near", NearToken.near(10));
        Account contract = sandbox.deployWasm("post.test.near", near);
        ExecutionResult<String> r = alice.call(contract.id(), "go", "{}");
        assertFalse(r.isSuccess());
        assertTrue(r.failureText().contains("explicit guest panic"), r.failureText());
    }

    @Test
    void aMethodTeaVmDidNotExportFailsTheBuild() {
        WasmBuildException e = assertThrows(WasmBuildException.class,
                () -> NearPostPass.apply(teavmShapedModule(), Set.of("go", "absent")));
        assertEquals("TeaVM did not export [absent]", e.getMessage());
    }

    @Test
    void anImportedGlobalFailsTheBuild() {
        ByteArrayOutputStream m = header();
        ByteArrayOutputStream global = new ByteArrayOutputStream();
        global.writeBytes(name("teavm"));
        global.writeBytes(name("stack"));
        global.writeBytes(new byte[] {3, 0x7F, 0}); // an immutable i32 global
        section(m, 2, vector(List.of(global.toByteArray())));
        WasmBuildException e = assertThrows(WasmBuildException.class, () -> NearPostPass.apply(m.toByteArray(), Set.of()));
        assertTrue(e.getMessage().contains("teavm.stack") && e.getMessage().contains("NEAR provides only functions"),
                e.getMessage());
    }
}

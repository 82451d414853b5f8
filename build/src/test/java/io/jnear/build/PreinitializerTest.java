package io.jnear.build;

import static io.jnear.build.ModuleBytes.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.FunctionType;
import io.jnear.sdk.wasm.WasmEntry;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The build-time initialisation on hand-written modules: a start function that stores 7 at address 16, a
 * preinitialisation export that stores 9 at address 32 and sets a global to 42, and {@code get}, which
 * answers the sum of the three.
 */
class PreinitializerTest {
    private static final byte[] STORES_AND_SETS = {0, 0x41, 42, 0x24, 0, 0x41, 32, 0x41, 9, 0x36, 2, 0, 0x0B};
    private static final byte[] CALLS_THE_HOST = {0, 0x10, 0, 0x0B};
    private static final byte[] LOOPS_FOREVER = {0, 0x03, 0x40, 0x0C, 0, 0x0B, 0x0B}; // loop br 0 end

    @Test
    void theSnapshotReplacesTheStartFunctionAndTheExport() {
        byte[] snapshot = Preinitializer.apply(module(STORES_AND_SETS));

        WasmModule parsed = Parser.parse(snapshot);
        assertFalse(parsed.startSection().isPresent(), "the start function has run at build time");
        assertEquals(List.of("get", "memory"), exports(parsed));
        // 7 from the start function, 9 and 42 from the export: now the module's initial memory and global
        assertEquals(58, get(snapshot));
    }

    @Test
    void anInitialisationThatCallsTheHostLeavesTheModuleAsItWasButForTheExport() {
        byte[] kept = Preinitializer.apply(module(CALLS_THE_HOST));

        WasmModule parsed = Parser.parse(kept);
        assertTrue(parsed.startSection().isPresent());
        assertEquals(List.of("get", "memory"), exports(parsed));
        assertEquals(7, get(kept), "the start function still runs on instantiation, and only it");
    }

    @Test
    void anInitialisationThatDoesNotEndIsGivenUpAtItsBudget() {
        byte[] kept = Preinitializer.apply(module(LOOPS_FOREVER));

        assertTrue(Parser.parse(kept).startSection().isPresent());
        assertEquals(List.of("get", "memory"), exports(Parser.parse(kept)));
        assertEquals(7, get(kept));
    }

    @Test
    void aModuleWithoutTheExportIsLeftAsItIs() {
        ByteArrayOutputStream m = header();
        section(m, 1, vector(List.of(new byte[] {0x60, 0, 0})));
        section(m, 3, vector(List.of(new byte[] {0})));
        section(m, 7, vector(List.of(export("go", FUNC, 0))));
        section(m, 10, vector(List.of(sized(new byte[] {0, 0x0B}))));
        byte[] module = m.toByteArray();
        assertArrayEquals(module, Preinitializer.apply(module));
    }

    /** What {@code get} answers on a fresh instance; env.panic traps. */
    private static int get(byte[] module) {
        WasmModule parsed = Parser.parse(module);
        HostFunction panic = new HostFunction("env", "panic", FunctionType.empty(), (instance, args) -> {
            throw new IllegalStateException("panic");
        });
        Instance instance = Instance.builder(parsed)
                .withImportValues(ImportValues.builder().addFunction(panic).build()).build();
        return (int) instance.export("get").apply()[0];
    }

    /**
     * Imports env.panic (0); defines start (1), the preinitialisation export (2) with {@code body}, and get
     * (3); one page of memory and one mutable i32 global starting at 0.
     */
    private static byte[] module(byte[] preinitialize) {
        ByteArrayOutputStream m = header();
        section(m, 1, vector(List.of(new byte[] {0x60, 0, 0}, new byte[] {0x60, 0, 1, 0x7F})));
        section(m, 2, vector(List.of(functionImport("env", "panic", 0))));
        section(m, 3, vector(List.of(new byte[] {0}, new byte[] {0}, new byte[] {1})));
        section(m, 5, new byte[] {1, 0, 1});
        section(m, 6, vector(List.of(new byte[] {0x7F, 1, 0x41, 0, 0x0B})));
        section(m, 7, vector(List.of(export(WasmEntry.PREINITIALIZE_EXPORT, FUNC, 2), export("get", FUNC, 3),
                export("memory", MEMORY, 0))));
        section(m, 8, new byte[] {1});
        byte[] start = {0, 0x41, 16, 0x41, 7, 0x36, 2, 0, 0x0B};
        byte[] get = {0, 0x41, 16, 0x28, 2, 0, 0x41, 32, 0x28, 2, 0, 0x6A, 0x23, 0, 0x6A, 0x0B};
        section(m, 10, vector(List.of(sized(start), sized(preinitialize), sized(get))));
        return m.toByteArray();
    }

    private static List<String> exports(WasmModule module) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < module.exportSection().exportCount(); i++) {
            names.add(module.exportSection().getExport(i).name());
        }
        return names;
    }
}

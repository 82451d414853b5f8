package io.jnear.build;

import static io.jnear.build.ModuleBytes.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.AnnotatedInstruction;
import io.jnear.sdk.wasm.WasmEntry;
import java.io.ByteArrayOutputStream;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The code build-time initialisation leaves unreachable, on a hand-written module shaped like TeaVM's:
 * a class's initialiser (function 2, storing 5 at address 48) behind TeaVM's guard (function 1, which
 * tests and sets the flag at address 64), {@code get} (3), which runs the guard and answers address 48,
 * and a function nothing calls (4).
 */
class InitialisedCodeTest {
    private static final byte[] GUARD = {0, 0x02, 0x40, 0x41, (byte) 0xC0, 0, 0x28, 2, 0, 0x41, 1, 0x71, 0x0D, 0,
            0x41, (byte) 0xC0, 0, 0x41, (byte) 0xC0, 0, 0x28, 2, 0, 0x41, 1, 0x72, 0x36, 2, 0, 0x10, 2, 0x0B, 0x0B};
    private static final byte[] RUNS_THE_GUARD = {0, 0x10, 1, 0x0B};
    private static final byte[] DOES_NOTHING = {0, 0x0B};

    @Test
    void anInitialisedClassLosesItsGuardAndItsInitialiser() {
        byte[] module = Preinitializer.apply(module(RUNS_THE_GUARD));

        assertEquals(List.of(List.of(0x0B), List.of(0x00, 0x0B), List.of(0x10, 0x41, 0x28, 0x0B), List.of(0x00, 0x0B)),
                opcodes(module).subList(1, 5), "the guard returns at once; the initialiser and the uncalled function trap");
        assertEquals(5, get(module), "the initialiser's store is in the initial memory");
    }

    @Test
    void aClassNotInitialisedAtBuildTimeKeepsItsGuardAndItsInitialiser() {
        byte[] module = Preinitializer.apply(module(DOES_NOTHING));

        WasmModule parsed = Parser.parse(module);
        assertEquals(15, parsed.codeSection().getFunctionBody(1).instructions().size());
        assertEquals(List.of(0x41, 0x41, 0x36, 0x0B), opcodes(module).get(2));
        assertEquals(List.of(0x00, 0x0B), opcodes(module).get(4), "nothing calls it");
        assertEquals(5, get(module), "the guard runs the initialiser on the first call");
    }

    /**
     * Defines the preinitialisation export (0) with {@code preinitialize}, the guard (1), the initialiser
     * (2), get (3) and an uncalled function (4); one page of memory.
     */
    private static byte[] module(byte[] preinitialize) {
        ByteArrayOutputStream m = header();
        section(m, 1, vector(List.of(new byte[] {0x60, 0, 0}, new byte[] {0x60, 0, 1, 0x7F})));
        section(m, 3, vector(List.of(new byte[] {0}, new byte[] {0}, new byte[] {0}, new byte[] {1}, new byte[] {1})));
        section(m, 5, new byte[] {1, 0, 1});
        section(m, 7, vector(List.of(export(WasmEntry.PREINITIALIZE_EXPORT, FUNC, 0), export("get", FUNC, 3),
                export("memory", MEMORY, 0))));
        byte[] initialiser = {0, 0x41, 48, 0x41, 5, 0x36, 2, 0, 0x0B};
        byte[] get = {0, 0x10, 1, 0x41, 48, 0x28, 2, 0, 0x0B};
        byte[] uncalled = {0, 0x41, 9, 0x0B};
        section(m, 10, vector(List.of(sized(preinitialize), sized(GUARD), sized(initialiser), sized(get),
                sized(uncalled))));
        return m.toByteArray();
    }

    private static List<List<Integer>> opcodes(byte[] module) {
        WasmModule parsed = Parser.parse(module);
        return java.util.Arrays.stream(parsed.codeSection().functionBodies())
                .map(b -> b.instructions().stream().map(AnnotatedInstruction::opcode).map(o -> o.opcode()).toList())
                .toList();
    }

    private static int get(byte[] module) {
        return (int) Instance.builder(Parser.parse(module)).build().export("get").apply()[0];
    }
}

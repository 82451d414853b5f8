package io.jnear.build;

import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.AnnotatedInstruction;
import com.dylibso.chicory.wasm.types.ExternalType;
import com.dylibso.chicory.wasm.types.SectionId;
import io.jnear.wasm.prepare.Leb128;
import java.io.ByteArrayOutputStream;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;

/**
 * The code section of a module whose class initialisers ran at build time ({@link Preinitializer}),
 * without the code that can no longer run.
 *
 * <p>TeaVM guards each class's initialiser with a function that tests and sets the class's "initialised"
 * flag in memory, then calls it. Where the initialised memory has the flag set, the guard is emptied: it
 * can only return. What no export and no table entry reaches any more (the initialisers, and what only
 * they called) keeps its index but gets a body that traps, a few bytes instead of its code, which NEAR
 * charges for on every call.
 */
final class InitialisedCode {
    private static final int I32_LOAD = 0x28;
    private static final int I32_STORE = 0x36;
    private static final int I32_OR = 0x72;
    private static final int EXPORT_FUNCTION = 0;
    /** The guard's instructions, in order; its {@code end}s are the block's and the function's. */
    private static final int[] GUARD = {WasmCode.BLOCK, WasmCode.I32_CONST, I32_LOAD, WasmCode.I32_CONST,
            WasmCode.I32_AND, WasmCode.BR_IF, WasmCode.I32_CONST, WasmCode.I32_CONST, I32_LOAD,
            WasmCode.I32_CONST, I32_OR, I32_STORE, WasmCode.CALL, WasmCode.END, WasmCode.END};
    private static final byte[] RETURNS = {0, WasmCode.END};
    private static final byte[] TRAPS = {0, WasmCode.UNREACHABLE, WasmCode.END};

    private final byte[] code;
    private final WasmModule module;
    private final byte[] memory;
    private final int imported;

    /**
     * @param code the module's bytes, as the post-pass wrote them
     * @param module the same, parsed
     * @param memory the memory initialisation left
     */
    InitialisedCode(byte[] code, WasmModule module, byte[] memory) {
        this.code = code;
        this.module = module;
        this.memory = memory;
        int functions = 0;
        for (int i = 0; i < module.importSection().importCount(); i++) {
            if (module.importSection().getImport(i).importType() == ExternalType.FUNCTION) {
                functions++;
            }
        }
        this.imported = functions;
    }

    /** The code section's contents; {@code start} is where they begin in the module, {@code exports} the kept exports. */
    byte[] codeSection(int start, byte[] exports) {
        var bodies = module.codeSection().functionBodies();
        boolean[] emptied = new boolean[bodies.length];
        for (int i = 0; i < bodies.length; i++) {
            emptied[i] = isSetGuard(bodies[i].instructions());
        }
        BitSet live = live(bodies, emptied, exports);
        Leb128.Reader r = new Leb128.Reader(code, start);
        int count = r.u32();
        ByteArrayOutputStream out = new ByteArrayOutputStream(code.length);
        Leb128.writeUnsigned(out, count);
        for (int i = 0; i < count; i++) {
            int size = r.u32();
            if (!live.get(i)) {
                writeBody(out, TRAPS);
            } else if (emptied[i]) {
                writeBody(out, RETURNS);
            } else {
                Leb128.writeUnsigned(out, size);
                out.write(code, r.position, size);
            }
            r.position += size;
        }
        return out.toByteArray();
    }

    /** Whether {@code body} is a class's initialiser guard whose flag initialisation has set. */
    private boolean isSetGuard(List<AnnotatedInstruction> body) {
        if (body.size() != GUARD.length) {
            return false;
        }
        for (int i = 0; i < GUARD.length; i++) {
            if (body.get(i).opcode().opcode() != GUARD[i]) {
                return false;
            }
        }
        long flag = body.get(1).operand(0) + body.get(2).operand(1);
        boolean sameFlag = body.get(3).operand(0) == 1 && body.get(5).operand(0) == 0
                && body.get(6).operand(0) + body.get(11).operand(1) == flag
                && body.get(7).operand(0) + body.get(8).operand(1) == flag && body.get(9).operand(0) == 1;
        return sameFlag && flag >= 0 && flag < memory.length && (memory[(int) flag] & 1) != 0;
    }

    /** The functions (by index in the code section) that an export or a table entry reaches by calls. */
    private BitSet live(com.dylibso.chicory.wasm.types.FunctionBody[] bodies, boolean[] emptied, byte[] exports) {
        BitSet live = new BitSet(bodies.length);
        Deque<Integer> pending = new ArrayDeque<>();
        for (int root : roots(exports)) {
            reach(root, live, pending);
        }
        while (!pending.isEmpty()) {
            int f = pending.pop();
            if (emptied[f]) {
                continue;
            }
            for (AnnotatedInstruction instruction : bodies[f].instructions()) {
                if (instruction.opcode().opcode() == WasmCode.CALL) {
                    reach((int) instruction.operand(0), live, pending);
                }
            }
        }
        return live;
    }

    private void reach(int function, BitSet live, Deque<Integer> pending) {
        int defined = function - imported;
        if (defined >= 0 && !live.get(defined)) {
            live.set(defined);
            pending.push(defined);
        }
    }

    /** The exported functions and every function of the element segments (MVP form, as the post-pass wrote them). */
    private List<Integer> roots(byte[] exports) {
        List<Integer> roots = new java.util.ArrayList<>();
        Leb128.Reader e = new Leb128.Reader(exports, 0);
        int count = e.u32();
        for (int i = 0; i < count; i++) {
            int name = e.u32();
            e.position += name;
            int kind = e.u8();
            int index = e.u32();
            if (kind == EXPORT_FUNCTION) {
                roots.add(index);
            }
        }
        Leb128.Reader r = new Leb128.Reader(code, 8);
        while (r.position < code.length) {
            int id = r.u8();
            int size = r.u32();
            int end = r.position + size;
            if (id == SectionId.ELEMENT) {
                int segments = r.u32();
                for (int s = 0; s < segments; s++) {
                    r.u32(); // flags: 0, as the post-pass writes them
                    r.u8();
                    r.unsigned(); // i32.const offset
                    r.u8();
                    int functions = r.u32();
                    for (int f = 0; f < functions; f++) {
                        roots.add(r.u32());
                    }
                }
            }
            r.position = end;
        }
        return roots;
    }

    private static void writeBody(ByteArrayOutputStream out, byte[] body) {
        Leb128.writeUnsigned(out, body.length);
        out.writeBytes(body);
    }
}

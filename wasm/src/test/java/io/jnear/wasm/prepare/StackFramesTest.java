package io.jnear.wasm.prepare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Frame sizes as finite-wasm measures them with nearcore's sizes: 64 bytes plus parameters and locals, and
 * the operand stack's high-water mark in bytes, followed through blocks, branches and calls.
 */
class StackFramesTest {
    private static final int I32 = 0x7F;
    private static final int I64 = 0x7E;
    private static final int F64 = 0x7C;

    /**
     * A module whose type 0 is {@code (i64) -> ()}, type 1 {@code (i64, i64) -> i64}; function 0 (type 1)
     * is a callee returning its first argument, function 1 (type 0) has {@code locals} (as declaration
     * bytes) and {@code code}.
     */
    private static StackFrames.Frame frameOf(int[] locals, int... code) {
        ByteArrayOutputStream m = new ByteArrayOutputStream();
        m.writeBytes(new byte[] {0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00});
        section(m, 1, new int[] {2, 0x60, 1, I64, 0, 0x60, 2, I64, I64, 1, I64});
        section(m, 3, new int[] {2, 1, 0});
        int[] callee = {0, 0x20, 0, 0x0B};
        int[] body = new int[locals.length + code.length + 1];
        System.arraycopy(locals, 0, body, 0, locals.length);
        System.arraycopy(code, 0, body, locals.length, code.length);
        body[body.length - 1] = 0x0B;
        int[] codeSection = new int[1 + 1 + callee.length + 1 + body.length];
        int at = 0;
        codeSection[at++] = 2;
        codeSection[at++] = callee.length;
        for (int b : callee) {
            codeSection[at++] = b;
        }
        codeSection[at++] = body.length;
        for (int b : body) {
            codeSection[at++] = b;
        }
        section(m, 10, codeSection);
        byte[] bytes = m.toByteArray();
        WasmModule module = Parser.parse(bytes);
        return new StackFrames(module, bytes).of(module.typeSection().getType(0), module.codeSection().getFunctionBody(1));
    }

    private static void section(ByteArrayOutputStream out, int id, int[] content) {
        out.write(id);
        out.write(content.length); // every section here is shorter than 128 bytes
        for (int b : content) {
            out.write(b);
        }
    }

    private static final int[] NO_LOCALS = {0};

    @Test
    void theActivationIs64BytesPlusParametersAndLocals() {
        // (param i64) (local i32 f64 f64): 64 + 8 + 4 + 16
        assertEquals(new StackFrames.Frame(92, 0), frameOf(new int[] {2, 1, I32, 2, F64}));
    }

    @Test
    void operandsAreCountedInBytesAtTheirHighestPoint() {
        // i64.const 1; i32.const 2; drop; i64.const 3; i64.add; drop: 8 + 4, then 8 + 8
        assertEquals(new StackFrames.Frame(72, 16),
                frameOf(NO_LOCALS, 0x42, 1, 0x41, 2, 0x1A, 0x42, 3, 0x7C, 0x1A));
    }

    @Test
    void ifPopsItsConditionAndElseStartsFromTheBlocksHeight() {
        // i32.const 1; if (result i64) i64.const 5; i64.const 6; i64.add; else i64.const 7; end; drop
        assertEquals(new StackFrames.Frame(72, 16),
                frameOf(NO_LOCALS, 0x41, 1, 0x04, I64, 0x42, 5, 0x42, 6, 0x7C, 0x05, 0x42, 7, 0x0B, 0x1A));
        // i64.const 1; i32.const 1; if (result i64) i64.const 5; else i64.const 7; end; i64.add; drop:
        // under the block the i64 stays counted, so 8 + 8 at its highest
        assertEquals(new StackFrames.Frame(72, 16),
                frameOf(NO_LOCALS, 0x42, 1, 0x41, 1, 0x04, I64, 0x42, 5, 0x05, 0x42, 7, 0x0B, 0x7C, 0x1A));
    }

    @Test
    void nothingIsCountedAfterABranchUntilTheBlockEnds() {
        // block; br 0; i64.const 1; i64.const 2; i64.const 3; drop; drop; drop; end; i32.const 0; drop
        assertEquals(new StackFrames.Frame(72, 4), frameOf(NO_LOCALS,
                0x02, 0x40, 0x0C, 0, 0x42, 1, 0x42, 2, 0x42, 3, 0x1A, 0x1A, 0x1A, 0x0B, 0x41, 0, 0x1A));
    }

    @Test
    void aCallTakesItsArgumentsAndLeavesItsResultAndSelectItsCondition() {
        // i64.const 1; i64.const 2; call 0 ((i64, i64) -> i64); drop: 16 at most; then
        // i64.const 1; i64.const 2; i32.const 0; select; drop: 8 + 8 + 4 = 20
        assertEquals(new StackFrames.Frame(72, 20), frameOf(NO_LOCALS,
                0x42, 1, 0x42, 2, 0x10, 0, 0x1A, 0x42, 1, 0x42, 2, 0x41, 0, 0x1B, 0x1A));
    }
}

package io.jnear.build;

import static io.jnear.build.WasmCode.*;

import java.util.List;

/**
 * The functions that stand in for what TeaVM emits beyond NEAR's portable feature set (MVP plus
 * sign-extension): {@code memory.copy} and {@code memory.fill} (bulk memory) become calls to loops that
 * move 64 bytes per step (eight 8-byte words), then single words, then bytes, and the eight saturating float-to-int conversions become calls to functions
 * that do what the Wasm spec says they do (NaN is 0, out-of-range values clamp) with MVP's trapping
 * conversions inside the range. A {@code f32} operand is first widened to {@code f64}, which is exact.
 */
final class MvpLowering {
    /** The helpers in the order they are appended; {@link #typeOf} gives each one's type. */
    enum Helper {
        MEMORY_COPY, MEMORY_FILL, I32_SAT_S, I32_SAT_U, I64_SAT_S, I64_SAT_U
    }

    /** (i32, i32, i32) → (), (f64) → i32, (f64) → i64: the types appended after the module's own. */
    static List<byte[]> types() {
        return List.of(new byte[] {0x60, 3, I32, I32, I32, 0}, new byte[] {0x60, 1, F64, 1, I32},
                new byte[] {0x60, 1, F64, 1, I64});
    }

    /** The index among {@link #types()} of {@code helper}'s type. */
    static int typeOf(Helper helper) {
        return switch (helper) {
            case MEMORY_COPY, MEMORY_FILL -> 0;
            case I32_SAT_S, I32_SAT_U -> 1;
            case I64_SAT_S, I64_SAT_U -> 2;
        };
    }

    /** The helper a saturating conversion ({@code 0xFC} sub-opcode 0–7) calls, after widening an f32 operand. */
    static Helper forTruncSat(int subOpcode) {
        boolean unsigned = (subOpcode & 1) == 1;
        boolean toI64 = subOpcode >= 4;
        if (toI64) {
            return unsigned ? Helper.I64_SAT_U : Helper.I64_SAT_S;
        }
        return unsigned ? Helper.I32_SAT_U : Helper.I32_SAT_S;
    }

    /** Whether the conversion's operand is an f32 (sub-opcodes 0, 1, 4, 5). */
    static boolean fromF32(int subOpcode) {
        return subOpcode == 0 || subOpcode == 1 || subOpcode == 4 || subOpcode == 5;
    }

    static byte[] body(Helper helper) {
        return switch (helper) {
            case MEMORY_COPY -> memoryCopy();
            case MEMORY_FILL -> memoryFill();
            case I32_SAT_S -> saturating(2147483648.0, Integer.MAX_VALUE, -2147483649.0, F64_LE, Integer.MIN_VALUE,
                    I32_TRUNC_F64_S, false);
            case I32_SAT_U -> saturating(4294967296.0, -1, -1.0, F64_LE, 0, I32_TRUNC_F64_U, false);
            case I64_SAT_S -> saturating(9223372036854775808.0, Long.MAX_VALUE, -9223372036854775808.0, F64_LT,
                    Long.MIN_VALUE, I64_TRUNC_F64_S, true);
            case I64_SAT_U -> saturating(18446744073709551616.0, -1, -1.0, F64_LE, 0, I64_TRUNC_F64_U, true);
        };
    }

    /**
     * (x) → NaN ? 0 : x ≥ high ? highValue : x (lowCompare) low ? lowValue : trunc(x). Every value that
     * reaches {@code trunc} is in its range, so it never traps.
     */
    private static byte[] saturating(double high, long highValue, double low, int lowCompare, long lowValue,
            int trunc, boolean wide) {
        WasmCode c = new WasmCode();
        c.get(0).get(0).op(F64_NE).op(IF, VOID);
        constant(c, 0, wide).op(RETURN, END);
        c.get(0).f64(high).op(F64_GE).op(IF, VOID);
        constant(c, highValue, wide).op(RETURN, END);
        c.get(0).f64(low).op(lowCompare).op(IF, VOID);
        constant(c, lowValue, wide).op(RETURN, END);
        c.get(0).op(trunc);
        return c.body(0, I32);
    }

    private static WasmCode constant(WasmCode c, long value, boolean wide) {
        return wide ? c.i64(value) : c.i32((int) value);
    }

    /** Bytes moved per step of the unrolled loops: eight 8-byte words. */
    static final int BLOCK_BYTES = 64;
    private static final int WORD = 8;

    /**
     * memory.copy(dst = 0, src = 1, n = 2): forwards when dst ≤ src, backwards otherwise, so overlapping
     * ranges copy as {@code memmove} does. Each direction moves 64-byte blocks, then words, then bytes; within
     * a block every word is loaded just before it is stored, in the direction of the copy, so no word is
     * overwritten before it is read (a block that loaded all its words first would need eight locals for
     * nothing). Locals 3 and 4 hold the backward copy's current destination and source.
     */
    private static byte[] memoryCopy() {
        WasmCode c = new WasmCode();
        c.get(0).get(1).op(I32_LE_U).op(IF, VOID);
        forwardCopy(c, BLOCK_BYTES);
        forwardCopy(c, WORD);
        forwardCopy(c, 1);
        c.op(ELSE);
        backwardCopy(c, BLOCK_BYTES);
        backwardCopy(c, WORD);
        backwardCopy(c, 1);
        c.op(END);
        return c.body(2, I32);
    }

    /** while (n ≥ step) { copy step bytes from src to dst, lowest word first; dst += step; src += step; n -= step } */
    private static void forwardCopy(WasmCode c, int step) {
        c.op(BLOCK, VOID, LOOP, VOID);
        exitBelow(c, step);
        if (step == 1) {
            c.get(0).get(1).memory(I32_LOAD8_U).memory(I32_STORE8);
        } else {
            for (int at = 0; at < step; at += WORD) {
                c.get(0).get(1).memory(I64_LOAD, at).memory(I64_STORE, at);
            }
        }
        c.get(0).i32(step).op(I32_ADD).set(0);
        c.get(1).i32(step).op(I32_ADD).set(1);
        c.get(2).i32(step).op(I32_SUB).set(2);
        c.br(BR, 0).op(END, END);
    }

    /** while (n ≥ step) { n -= step; copy step bytes from src + n to dst + n, highest word first } */
    private static void backwardCopy(WasmCode c, int step) {
        c.op(BLOCK, VOID, LOOP, VOID);
        exitBelow(c, step);
        c.get(2).i32(step).op(I32_SUB).set(2);
        if (step == 1) {
            c.get(0).get(2).op(I32_ADD).get(1).get(2).op(I32_ADD).memory(I32_LOAD8_U).memory(I32_STORE8);
        } else {
            c.get(0).get(2).op(I32_ADD).set(3);
            c.get(1).get(2).op(I32_ADD).set(4);
            for (int at = step - WORD; at >= 0; at -= WORD) {
                c.get(3).get(4).memory(I64_LOAD, at).memory(I64_STORE, at);
            }
        }
        c.br(BR, 0).op(END, END);
    }

    /** Leaves the enclosing block when n (local 2) is below {@code step}. */
    private static void exitBelow(WasmCode c, int step) {
        if (step == 1) {
            c.get(2).op(I32_EQZ).br(BR_IF, 1);
        } else {
            c.get(2).i32(step).op(I32_LT_U).br(BR_IF, 1);
        }
    }

    /**
     * memory.fill(dst = 0, value = 1, n = 2): 64-byte blocks, then words, then bytes; local 3 holds the byte
     * repeated eight times.
     */
    private static byte[] memoryFill() {
        WasmCode c = new WasmCode();
        c.get(1).i32(0xff).op(I32_AND).op(I64_EXTEND_I32_U).i64(0x0101010101010101L).op(I64_MUL).set(3);
        for (int step : new int[] {BLOCK_BYTES, WORD, 1}) {
            c.op(BLOCK, VOID, LOOP, VOID);
            exitBelow(c, step);
            if (step == 1) {
                c.get(0).get(1).memory(I32_STORE8);
            } else {
                for (int at = 0; at < step; at += WORD) {
                    c.get(0).get(3).memory(I64_STORE, at);
                }
            }
            c.get(0).i32(step).op(I32_ADD).set(0);
            c.get(2).i32(step).op(I32_SUB).set(2);
            c.br(BR, 0).op(END, END);
        }
        return c.body(1, I64);
    }

    private MvpLowering() {
    }
}

package io.jnear.wasm.prepare;

import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.AnnotatedInstruction;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.OpCode;
import com.dylibso.chicory.wasm.types.ValType;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * Rewrites function bodies so the code charges its own gas, as nearcore's instrumentation does:
 *
 * <ul>
 *   <li>at the start of every straight-line segment, {@code charge(n × regular_op_cost)} for the segment's
 *       n instructions ({@code block}, {@code end} and {@code else} are free; a segment ends after any
 *       block, branch, {@code else} or {@code end}, so a loop pays for every iteration);</li>
 *   <li>{@code memory.grow} becomes a call that first charges {@code grow_mem_cost} per page;</li>
 *   <li>every function counts its nesting depth on entry and exit, and traps past the limit, so deep
 *       recursion fails the same way on every JVM, whatever its thread stack size.</li>
 * </ul>
 *
 * <p>A body becomes {@code enter; block <result> <body with return → br to this block> end; leave}. The
 * gas left lives in a global the host reads and refills around every host call; running it below zero
 * traps with {@code unreachable}, and the runner then reports the out-of-gas error.
 */
final class GasInjector {
    private static final int I64_CONST = 0x42;
    private static final int CALL = 0x10;
    private static final int BR = 0x0C;
    private static final int BLOCK = 0x02;
    private static final int END = 0x0B;
    private static final int EMPTY_BLOCK = 0x40;

    /** Where the helpers live: functions after every existing one, globals after every existing one. */
    record Helpers(int charge, int gasGlobal, int depthGlobal) {
        int enter() {
            return charge + 1;
        }

        int leave() {
            return charge + 2;
        }

        int grow() {
            return charge + 3;
        }

        /** Function section entries declaring the helpers, whose types follow the module's own. */
        List<byte[]> functionSectionEntries(int moduleTypes) {
            return List.of(uleb(moduleTypes), uleb(moduleTypes + 1), uleb(moduleTypes + 1), uleb(moduleTypes + 2));
        }
    }

    private final WasmModule module;
    private final byte[] code;
    private final Helpers helpers;
    private final Metering metering;

    GasInjector(WasmModule module, byte[] code, Helpers helpers, Metering metering) {
        this.module = module;
        this.code = code;
        this.helpers = helpers;
        this.metering = metering;
    }

    /** (i64) → (), () → (), (i32) → i32: the helpers' types, appended to the type section. */
    static List<byte[]> helperTypes() {
        return List.of(new byte[] {0x60, 1, 0x7E, 0}, new byte[] {0x60, 0, 0}, new byte[] {0x60, 1, 0x7F, 1, 0x7F});
    }

    /** A mutable i64 (gas left) and a mutable i32 (call depth), both starting at zero. */
    static List<byte[]> helperGlobals() {
        return List.of(new byte[] {0x7E, 1, I64_CONST, 0, END}, new byte[] {0x7F, 1, 0x41, 0, END});
    }

    byte[] rewriteCodeSection(int start, int end) {
        Leb128.Reader reader = new Leb128.Reader(code, start);
        int count = reader.u32();
        var bodies = module.codeSection().functionBodies();
        if (count != bodies.length) {
            throw new PrepareException(PrepareException.Kind.DESERIALIZATION, "function count mismatch");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(end - start + end / 4);
        Leb128.writeUnsigned(out, count + 4L);
        for (int i = 0; i < count; i++) {
            int size = reader.u32();
            int bodyStart = reader.position;
            int bodyEnd = bodyStart + size;
            reader.position = bodyEnd;
            FunctionType type = module.typeSection().getType(module.functionSection().getFunctionType(i));
            byte[] body = rewriteBody(bodyStart, bodyEnd, bodies[i].instructions(), type);
            Leb128.writeUnsigned(out, body.length);
            out.writeBytes(body);
        }
        for (byte[] helper : helperBodies()) {
            Leb128.writeUnsigned(out, helper.length);
            out.writeBytes(helper);
        }
        return out.toByteArray();
    }

    private byte[] rewriteBody(int bodyStart, int bodyEnd, List<AnnotatedInstruction> instructions, FunctionType type) {
        int n = instructions.size();
        int exprStart = instructions.get(0).address();
        if (exprStart < bodyStart || instructions.get(n - 1).address() != bodyEnd - 1) {
            throw new PrepareException(PrepareException.Kind.DESERIALIZATION, "function body layout");
        }
        long[] segmentCost = segmentCosts(instructions);
        ByteArrayOutputStream out = new ByteArrayOutputStream((bodyEnd - bodyStart) * 5 / 4 + 16);
        out.write(code, bodyStart, exprStart - bodyStart); // the local declarations, unchanged
        call(out, helpers.enter());
        out.write(BLOCK);
        out.write(blockType(type));
        int nesting = 0;
        for (int i = 0; i < n - 1; i++) {
            if (segmentCost[i] > 0) {
                out.write(I64_CONST);
                Leb128.writeSigned(out, segmentCost[i]);
                call(out, helpers.charge());
            }
            AnnotatedInstruction instruction = instructions.get(i);
            int from = instruction.address();
            int to = instructions.get(i + 1).address();
            switch (instruction.opcode()) {
                case RETURN -> {
                    out.write(BR);
                    Leb128.writeUnsigned(out, nesting);
                }
                case MEMORY_GROW -> call(out, helpers.grow());
                default -> out.write(code, from, to - from);
            }
            switch (instruction.opcode()) {
                case BLOCK, LOOP, IF -> nesting++;
                case END -> nesting--;
                default -> {
                }
            }
        }
        out.write(END);
        call(out, helpers.leave());
        out.write(END);
        return out.toByteArray();
    }

    /** For each instruction that starts a segment, the gas of the whole segment; zero elsewhere. */
    private long[] segmentCosts(List<AnnotatedInstruction> instructions) {
        int last = instructions.size() - 1; // the body's own end is not copied
        long[] cost = new long[last + 1];
        int segmentStart = 0;
        long ops = 0;
        for (int i = 0; i < last; i++) {
            OpCode op = instructions.get(i).opcode();
            if (op != OpCode.BLOCK && op != OpCode.END && op != OpCode.ELSE) {
                ops++;
            }
            if (endsSegment(op) || i == last - 1) {
                cost[segmentStart] = Math.multiplyExact(ops, metering.regularOpCost());
                segmentStart = i + 1;
                ops = 0;
            }
        }
        return cost;
    }

    private static boolean endsSegment(OpCode op) {
        return switch (op) {
            case BLOCK, LOOP, IF, ELSE, END, BR, BR_IF, BR_TABLE, RETURN, UNREACHABLE -> true;
            default -> false;
        };
    }

    private static int blockType(FunctionType type) {
        if (type.returns().isEmpty()) {
            return EMPTY_BLOCK;
        }
        ValType t = type.returns().get(0);
        if (t.equals(ValType.I32)) {
            return 0x7F;
        } else if (t.equals(ValType.I64)) {
            return 0x7E;
        } else if (t.equals(ValType.F32)) {
            return 0x7D;
        } else if (t.equals(ValType.F64)) {
            return 0x7C;
        } else if (t.equals(ValType.FuncRef)) {
            return 0x70;
        } else if (t.equals(ValType.ExternRef)) {
            return 0x6F;
        }
        throw new PrepareException(PrepareException.Kind.DESERIALIZATION, "result type " + t);
    }

    /** charge(gas), enter(), leave(), grow(pages): the bodies of the helpers, in that order. */
    private List<byte[]> helperBodies() {
        int gas = helpers.gasGlobal();
        int depth = helpers.depthGlobal();
        // each helper reads its global once and keeps the new value in a local: global access is what
        // the compiled code pays most for
        ByteArrayOutputStream charge = new ByteArrayOutputStream();
        charge.writeBytes(new byte[] {1, 1, 0x7E}); // one i64 local
        globalGet(charge, gas);
        charge.write(0x20); // local.get 0
        charge.write(0);
        charge.write(0x7D); // i64.sub
        charge.write(0x22); // local.tee 1
        charge.write(1);
        globalSet(charge, gas);
        charge.write(0x20); // local.get 1
        charge.write(1);
        charge.write(I64_CONST);
        charge.write(0);
        charge.write(0x53); // i64.lt_s
        trapIfTrue(charge);
        charge.write(END);

        ByteArrayOutputStream enter = new ByteArrayOutputStream();
        enter.writeBytes(new byte[] {1, 1, 0x7F}); // one i32 local
        globalGet(enter, depth);
        enter.write(0x41); // i32.const 1
        enter.write(1);
        enter.write(0x6A); // i32.add
        enter.write(0x22); // local.tee 0
        enter.write(0);
        globalSet(enter, depth);
        enter.write(0x20); // local.get 0
        enter.write(0);
        enter.write(0x41);
        Leb128.writeSigned(enter, metering.maxCallDepth());
        enter.write(0x4B); // i32.gt_u
        trapIfTrue(enter);
        enter.write(END);

        ByteArrayOutputStream leave = new ByteArrayOutputStream();
        leave.write(0);
        globalGet(leave, depth);
        leave.write(0x41);
        leave.write(1);
        leave.write(0x6B); // i32.sub
        globalSet(leave, depth);
        leave.write(END);

        ByteArrayOutputStream grow = new ByteArrayOutputStream();
        grow.write(0);
        grow.write(0x20); // local.get 0
        grow.write(0);
        grow.write(0xAD); // i64.extend_i32_u
        grow.write(I64_CONST);
        Leb128.writeSigned(grow, metering.growMemCost());
        grow.write(0x7E); // i64.mul
        call(grow, helpers.charge());
        grow.write(0x20);
        grow.write(0);
        grow.write(0x40); // memory.grow 0
        grow.write(0);
        grow.write(END);
        return List.of(charge.toByteArray(), enter.toByteArray(), leave.toByteArray(), grow.toByteArray());
    }

    private static void trapIfTrue(ByteArrayOutputStream out) {
        out.write(0x04); // if
        out.write(EMPTY_BLOCK);
        out.write(0x00); // unreachable
        out.write(END);
    }

    private static void globalGet(ByteArrayOutputStream out, int index) {
        out.write(0x23);
        Leb128.writeUnsigned(out, index);
    }

    private static void globalSet(ByteArrayOutputStream out, int index) {
        out.write(0x24);
        Leb128.writeUnsigned(out, index);
    }

    private static void call(ByteArrayOutputStream out, int function) {
        out.write(CALL);
        Leb128.writeUnsigned(out, function);
    }

    private static byte[] uleb(long value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(5);
        Leb128.writeUnsigned(out, value);
        return out.toByteArray();
    }
}

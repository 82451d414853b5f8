package io.jnear.wasm.prepare;

import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.AnnotatedInstruction;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.OpCode;
import com.dylibso.chicory.wasm.types.ValType;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * Rewrites function bodies so the code charges its own gas and stack, as nearcore's instrumentation
 * (finite-wasm, protocol 84 and later) does:
 *
 * <ul>
 *   <li>at the start of every straight-line segment, {@code charge(n × regular_op_cost)} for the segment's
 *       n instructions ({@code block}, {@code end} and {@code else} are free; a segment ends after a
 *       {@code loop}, {@code if}, branch, {@code else} or {@code end} — whatever can be jumped to or past —
 *       so a loop pays for every iteration, while a {@code block}, entered only by falling into it, goes on
 *       with the segment before it);</li>
 *   <li>the bulk operations {@code memory.init/copy/fill} and {@code table.init/copy/fill} are not regular
 *       instructions: each charges {@code linear_op_base_cost + linear_op_unit_cost × n} for its n bytes or
 *       elements, read off the stack just before it runs;</li>
 *   <li>every function reserves its frame ({@link StackFrames}: 64 bytes, its locals, its deepest operand
 *       stack) from a budget of {@code max_stack_height} bytes on entry and returns it on exit, trapping when
 *       the budget would go negative; on entry it also pays {@code regular_op_cost} per 8 bytes of locals
 *       and bookkeeping. Deep recursion therefore fails at the depth nearcore's fails at, on every JVM.</li>
 * </ul>
 *
 * <p>A body becomes {@code enter(frame); block <result> <body with return → br to this block> end;
 * leave(frame)}. The gas left lives in a global the host reads and refills around every host call; running
 * it below zero traps with {@code unreachable}, and the runner then reports the out-of-gas error; a stack
 * budget below zero after a trap means the stack ran out.
 */
final class GasInjector {
    private static final int I64_CONST = 0x42;
    private static final int CALL = 0x10;
    private static final int BR = 0x0C;
    private static final int BLOCK = 0x02;
    private static final int END = 0x0B;
    private static final int EMPTY_BLOCK = 0x40;

    /** Where the helpers live: functions after every existing one, globals after every existing one. */
    record Helpers(int charge, int gasGlobal, int stackGlobal) {
        int enter() {
            return charge + 1;
        }

        int leave() {
            return charge + 2;
        }

        int linear() {
            return charge + 3;
        }

        /** Function section entries declaring the helpers, whose types follow the module's own. */
        List<byte[]> functionSectionEntries(int moduleTypes) {
            return List.of(uleb(moduleTypes), uleb(moduleTypes), uleb(moduleTypes), uleb(moduleTypes + 1));
        }
    }

    private final WasmModule module;
    private final byte[] code;
    private final Helpers helpers;
    private final Metering metering;
    private final StackFrames frames;

    GasInjector(WasmModule module, byte[] code, Helpers helpers, Metering metering) {
        this.module = module;
        this.code = code;
        this.helpers = helpers;
        this.metering = metering;
        this.frames = new StackFrames(module, code);
    }

    /** (i64) → () and (i32) → i32: the helpers' types, appended to the type section. */
    static List<byte[]> helperTypes() {
        return List.of(new byte[] {0x60, 1, 0x7E, 0}, new byte[] {0x60, 1, 0x7F, 1, 0x7F});
    }

    /** Two mutable i64 globals: the gas left (starting at zero) and the stack budget (starting full). */
    static List<byte[]> helperGlobals(Metering metering) {
        ByteArrayOutputStream stack = new ByteArrayOutputStream();
        stack.writeBytes(new byte[] {0x7E, 1, I64_CONST});
        Leb128.writeSigned(stack, metering.maxStackHeight());
        stack.write(END);
        return List.of(new byte[] {0x7E, 1, I64_CONST, 0, END}, stack.toByteArray());
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
            byte[] body = rewriteBody(bodyStart, bodyEnd, bodies[i].instructions(), type, frames.of(type, bodies[i]));
            Leb128.writeUnsigned(out, body.length);
            out.writeBytes(body);
        }
        for (byte[] helper : helperBodies()) {
            Leb128.writeUnsigned(out, helper.length);
            out.writeBytes(helper);
        }
        return out.toByteArray();
    }

    private byte[] rewriteBody(int bodyStart, int bodyEnd, List<AnnotatedInstruction> instructions, FunctionType type,
            StackFrames.Frame frame) {
        int n = instructions.size();
        int exprStart = instructions.get(0).address();
        if (exprStart < bodyStart || instructions.get(n - 1).address() != bodyEnd - 1) {
            throw new PrepareException(PrepareException.Kind.DESERIALIZATION, "function body layout");
        }
        long[] segmentCost = segmentCosts(instructions);
        // nearcore's prologue charges regular_op_cost per 8 bytes of the activation, before the body's first
        // segment (an empty body has none, so the charge stands alone there)
        long frameGas = Math.multiplyExact((frame.activation() + 7) / 8, metering.regularOpCost());
        segmentCost[0] = Math.addExact(segmentCost[0], frameGas);
        ByteArrayOutputStream out = new ByteArrayOutputStream((bodyEnd - bodyStart) * 5 / 4 + 16);
        out.write(code, bodyStart, exprStart - bodyStart); // the local declarations, unchanged
        out.write(I64_CONST);
        Leb128.writeSigned(out, frame.total());
        call(out, helpers.enter());
        out.write(BLOCK);
        out.write(blockType(type));
        if (n == 1) {
            out.write(I64_CONST);
            Leb128.writeSigned(out, frameGas);
            call(out, helpers.charge());
        }
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
                case MEMORY_INIT, MEMORY_COPY, MEMORY_FILL, TABLE_INIT, TABLE_COPY, TABLE_FILL -> {
                    call(out, helpers.linear());
                    out.write(code, from, to - from);
                }
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
        out.write(I64_CONST);
        Leb128.writeSigned(out, frame.total());
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
            if (op != OpCode.BLOCK && op != OpCode.END && op != OpCode.ELSE && !isLinear(op)) {
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

    /** The bulk operations, charged by the linear helper instead of as regular instructions. */
    private static boolean isLinear(OpCode op) {
        return switch (op) {
            case MEMORY_INIT, MEMORY_COPY, MEMORY_FILL, TABLE_INIT, TABLE_COPY, TABLE_FILL -> true;
            default -> false;
        };
    }

    private static boolean endsSegment(OpCode op) {
        return switch (op) {
            case LOOP, IF, ELSE, END, BR, BR_IF, BR_TABLE, RETURN, UNREACHABLE -> true;
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

    /** charge(gas), enter(bytes), leave(bytes), linear(count): the bodies of the helpers, in that order. */
    private List<byte[]> helperBodies() {
        int gas = helpers.gasGlobal();
        int stack = helpers.stackGlobal();
        // each helper reads its global once and keeps the new value in a local: global access is what
        // the compiled code pays most for
        return List.of(subtractAndTrapBelowZero(gas), subtractAndTrapBelowZero(stack), giveBack(stack), linear());
    }

    /** (i64 amount): global −= amount, trapping if it went below zero. */
    private static byte[] subtractAndTrapBelowZero(int global) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(new byte[] {1, 1, 0x7E}); // one i64 local
        globalGet(body, global);
        body.write(0x20); // local.get 0
        body.write(0);
        body.write(0x7D); // i64.sub
        body.write(0x22); // local.tee 1
        body.write(1);
        globalSet(body, global);
        body.write(0x20); // local.get 1
        body.write(1);
        body.write(I64_CONST);
        body.write(0);
        body.write(0x53); // i64.lt_s
        trapIfTrue(body);
        body.write(END);
        return body.toByteArray();
    }

    /** (i64 amount): global += amount. */
    private static byte[] giveBack(int global) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(0);
        globalGet(body, global);
        body.write(0x20); // local.get 0
        body.write(0);
        body.write(0x7C); // i64.add
        globalSet(body, global);
        body.write(END);
        return body.toByteArray();
    }

    /** (i32 count) → count, after charging linear_op_base_cost + linear_op_unit_cost × count. */
    private byte[] linear() {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(0);
        body.write(0x20); // local.get 0
        body.write(0);
        body.write(0xAD); // i64.extend_i32_u
        body.write(I64_CONST);
        Leb128.writeSigned(body, metering.linearOpUnitCost());
        body.write(0x7E); // i64.mul
        body.write(I64_CONST);
        Leb128.writeSigned(body, metering.linearOpBaseCost());
        body.write(0x7C); // i64.add
        call(body, helpers.charge());
        body.write(0x20);
        body.write(0);
        body.write(END);
        return body.toByteArray();
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

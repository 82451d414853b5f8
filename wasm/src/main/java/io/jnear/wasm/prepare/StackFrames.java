package io.jnear.wasm.prepare;

import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.AnnotatedInstruction;
import com.dylibso.chicory.wasm.types.ExternalType;
import com.dylibso.chicory.wasm.types.FunctionBody;
import com.dylibso.chicory.wasm.types.FunctionImport;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.ValType;
import java.util.ArrayList;
import java.util.List;

/**
 * The stack each function reserves while it runs, measured as nearcore measures it (finite-wasm's
 * {@code max_stack} analysis with nearcore's sizes): a frame of 64 bytes plus its parameters and locals
 * (4 bytes for i32 and f32, 8 for i64, f64 and references, 16 for v128), and the most bytes its operand
 * stack ever holds, found by following the operands' sizes through the body.
 *
 * <p>The operand analysis mirrors finite-wasm's, quirks included: {@code call_indirect} leaves its table
 * index counted, {@code br_if} pops only its condition, and after {@code br}, {@code br_table},
 * {@code return} or {@code unreachable} nothing is counted until the enclosing block ends.
 */
final class StackFrames {
    /** A function's frame (activation: locals and bookkeeping) and operand-stack bytes. */
    record Frame(long activation, long operands) {
        long total() {
            return activation + operands;
        }
    }

    private final WasmModule module;
    private final byte[] code;
    private final List<FunctionType> functionTypes = new ArrayList<>();
    private final List<ValType> globalTypes = new ArrayList<>();

    StackFrames(WasmModule module, byte[] code) {
        this.module = module;
        this.code = code;
        var imports = module.importSection();
        for (int i = 0; i < imports.importCount(); i++) {
            if (imports.getImport(i).importType() == ExternalType.FUNCTION) {
                functionTypes.add(module.typeSection().getType(((FunctionImport) imports.getImport(i)).typeIndex()));
            }
        }
        for (int i = 0; i < module.functionSection().functionCount(); i++) {
            functionTypes.add(module.typeSection().getType(module.functionSection().getFunctionType(i)));
        }
        for (int i = 0; i < module.globalSection().globalCount(); i++) {
            globalTypes.add(module.globalSection().getGlobal(i).valueType());
        }
    }

    static int size(ValType type) {
        if (type.equals(ValType.I32) || type.equals(ValType.F32)) {
            return 4;
        }
        return type.equals(ValType.V128) ? 16 : 8;
    }

    /** The frame of a defined function of type {@code type}. */
    Frame of(FunctionType type, FunctionBody body) {
        List<ValType> locals = new ArrayList<>(type.params());
        locals.addAll(body.localTypes());
        long activation = 64;
        for (ValType local : locals) {
            activation += size(local);
        }
        return new Frame(activation, new OperandStack(locals).maxBytes(body.instructions()));
    }

    /** One block's entry on the analysis's frame stack. */
    private record Block(int height, long blockType, boolean polymorphic) {
    }

    /** Follows the sizes of the values on the operand stack through one body. */
    private final class OperandStack {
        private final List<ValType> locals;
        private final List<Integer> sizes = new ArrayList<>();
        private final List<Block> blocks = new ArrayList<>();
        private Block current = new Block(0, EMPTY, false);
        private long bytes;
        private long max;

        OperandStack(List<ValType> locals) {
            this.locals = locals;
        }

        private void push(int size) {
            if (!current.polymorphic()) {
                sizes.add(size);
                bytes += size;
                max = Math.max(max, bytes);
            }
        }

        private void pop(int count) {
            if (current.polymorphic()) {
                return;
            }
            for (int i = 0; i < count && !sizes.isEmpty(); i++) {
                bytes -= sizes.remove(sizes.size() - 1);
            }
        }

        private void polymorphic() {
            current = new Block(current.height(), current.blockType(), true);
        }

        private void enter(long blockType, int params) {
            blocks.add(current);
            current = new Block(Math.max(0, sizes.size() - params), blockType, current.polymorphic());
        }

        /** Ends the current block; returns it, or null at the function's own end. */
        private Block leave() {
            if (blocks.isEmpty()) {
                return null;
            }
            Block ended = current;
            current = blocks.remove(blocks.size() - 1);
            pop(sizes.size() - ended.height());
            return ended;
        }

        long maxBytes(List<AnnotatedInstruction> instructions) {
            for (AnnotatedInstruction instruction : instructions) {
                step(instruction);
            }
            return max;
        }

        private void step(AnnotatedInstruction instruction) {
            int at = instruction.address();
            int op = code[at] & 0xff;
            switch (op) {
                case 0x00, 0x0C, 0x0E, 0x0F, 0x12, 0x13 -> polymorphic(); // unreachable, br, br_table, return(_call*)
                case 0x01 -> {
                }
                case 0x02, 0x03 -> {
                    long type = blockType(at + 1);
                    enter(type, params(type).size());
                }
                case 0x04 -> {
                    pop(1);
                    long type = blockType(at + 1);
                    enter(type, params(type).size());
                }
                case 0x05 -> {
                    Block ended = leave();
                    if (ended != null) {
                        enter(ended.blockType(), 0);
                        for (ValType param : params(ended.blockType())) {
                            push(size(param));
                        }
                    }
                }
                case 0x0B -> {
                    Block ended = leave();
                    if (ended != null) {
                        for (ValType result : results(ended.blockType())) {
                            push(size(result));
                        }
                    }
                }
                case 0x0D, 0x1A, 0x21, 0x24 -> pop(1); // br_if (its condition), drop, local.set, global.set
                case 0x10 -> call(functionTypes.get(new Leb128.Reader(code, at + 1).u32()));
                case 0x11 -> call(module.typeSection().getType(new Leb128.Reader(code, at + 1).u32()));
                case 0x1B, 0x1C -> pop(2); // select: [t t i32] → [t]
                case 0x20 -> push(size(locals.get(new Leb128.Reader(code, at + 1).u32())));
                case 0x22 -> {
                } // local.tee
                case 0x23 -> push(size(globalTypes.get(new Leb128.Reader(code, at + 1).u32())));
                case 0x25 -> {
                    pop(1);
                    push(8);
                } // table.get
                case 0x26 -> pop(2); // table.set
                case 0x3F, 0x41, 0x43 -> push(4); // memory.size, i32.const, f32.const
                case 0x40 -> {
                } // memory.grow
                case 0x42, 0x44, 0xD0, 0xD2 -> push(8); // i64.const, f64.const, ref.null, ref.func
                case 0xD1 -> {
                    pop(1);
                    push(4);
                } // ref.is_null
                case 0xFC -> misc(new Leb128.Reader(code, at + 1).u32());
                default -> numeric(op);
            }
        }

        private void numeric(int op) {
            if (op >= 0x28 && op <= 0x35) { // loads: [i32] → [t]
                pop(1);
                push(op == 0x29 || op == 0x2B || op >= 0x30 ? 8 : 4);
            } else if (op >= 0x36 && op <= 0x3E) { // stores
                pop(2);
            } else if (op == 0x45 || op == 0x50) { // eqz
                pop(1);
                push(4);
            } else if (op >= 0x46 && op <= 0x66) { // comparisons
                pop(2);
                push(4);
            } else if (op >= 0x67 && op <= 0xA6) { // unary operators keep the stack, binary ones pop one
                boolean unary = op <= 0x69 || (op >= 0x79 && op <= 0x7B) || (op >= 0x8B && op <= 0x91)
                        || (op >= 0x99 && op <= 0x9F);
                if (!unary) {
                    pop(1);
                }
            } else if (op >= 0xA7 && op <= 0xBF) { // conversions
                pop(1);
                push(conversionResult(op));
            } else if (op >= 0xC0 && op <= 0xC4) { // sign extension
                return;
            } else {
                throw new PrepareException(PrepareException.Kind.DESERIALIZATION, "opcode 0x" + Integer.toHexString(op));
            }
        }

        private void misc(int sub) {
            switch (sub) {
                case 0, 1, 2, 3 -> {
                    pop(1);
                    push(4);
                } // i32.trunc_sat
                case 4, 5, 6, 7 -> {
                    pop(1);
                    push(8);
                } // i64.trunc_sat
                case 8, 10, 11, 12, 14, 17 -> pop(3); // memory.init/copy/fill, table.init/copy/fill
                case 9, 13 -> {
                } // data.drop, elem.drop
                case 15 -> {
                    pop(2);
                    push(4);
                } // table.grow
                case 16 -> push(4); // table.size
                default -> throw new PrepareException(PrepareException.Kind.DESERIALIZATION, "opcode 0xFC " + sub);
            }
        }

        /** The size of a conversion's result: 0xA7..0xBF run i32, i64, f32, f64 results in the spec's order. */
        private int conversionResult(int op) {
            return switch (op) {
                case 0xA7, 0xA8, 0xA9, 0xAA, 0xAB, 0xB2, 0xB3, 0xB4, 0xB5, 0xB6, 0xBC, 0xBE -> 4;
                default -> 8;
            };
        }

        private void call(FunctionType type) {
            pop(type.params().size());
            for (ValType result : type.returns()) {
                push(size(result));
            }
        }
    }

    private static final long EMPTY = -1;

    /** A block type: {@link #EMPTY}, a value type's byte (as −2 − byte), or a type index (≥ 0). */
    private long blockType(int at) {
        int b = code[at] & 0xff;
        if (b == 0x40) {
            return EMPTY;
        }
        if (b >= 0x6F && b <= 0x7F) {
            return -2 - b;
        }
        return new Leb128.Reader(code, at).u32(); // a non-negative s33 reads as unsigned LEB128
    }

    private List<ValType> params(long blockType) {
        return blockType >= 0 ? module.typeSection().getType((int) blockType).params() : List.of();
    }

    private List<ValType> results(long blockType) {
        if (blockType == EMPTY) {
            return List.of();
        }
        if (blockType >= 0) {
            return module.typeSection().getType((int) blockType).returns();
        }
        int b = (int) (-2 - blockType);
        return List.of(switch (b) {
            case 0x7F -> ValType.I32;
            case 0x7E -> ValType.I64;
            case 0x7D -> ValType.F32;
            case 0x7C -> ValType.F64;
            case 0x7B -> ValType.V128;
            default -> ValType.FuncRef; // references are all 8 bytes
        });
    }
}

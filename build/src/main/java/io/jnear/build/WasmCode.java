package io.jnear.build;

import io.jnear.wasm.prepare.Leb128;
import java.io.ByteArrayOutputStream;

/** Wasm instructions written one by one into a function body, for the functions the post-pass adds. */
final class WasmCode {
    static final int UNREACHABLE = 0x00;
    static final int BLOCK = 0x02;
    static final int LOOP = 0x03;
    static final int IF = 0x04;
    static final int ELSE = 0x05;
    static final int END = 0x0B;
    static final int BR = 0x0C;
    static final int BR_IF = 0x0D;
    static final int RETURN = 0x0F;
    static final int CALL = 0x10;
    static final int LOCAL_GET = 0x20;
    static final int LOCAL_SET = 0x21;
    static final int I64_LOAD = 0x29;
    static final int I32_LOAD8_U = 0x2D;
    static final int I32_STORE8 = 0x3A;
    static final int I64_STORE = 0x37;
    static final int I32_CONST = 0x41;
    static final int I64_CONST = 0x42;
    static final int F32_CONST = 0x43;
    static final int F64_CONST = 0x44;
    static final int I32_EQZ = 0x45;
    static final int I32_LT_U = 0x49;
    static final int I32_LE_U = 0x4D;
    static final int F64_NE = 0x62;
    static final int F64_LT = 0x63;
    static final int F64_LE = 0x65;
    static final int F64_GE = 0x66;
    static final int I32_ADD = 0x6A;
    static final int I32_SUB = 0x6B;
    static final int I32_AND = 0x71;
    static final int I64_MUL = 0x7E;
    static final int I32_TRUNC_F64_S = 0xAA;
    static final int I32_TRUNC_F64_U = 0xAB;
    static final int I64_EXTEND_I32_U = 0xAD;
    static final int I64_TRUNC_F64_S = 0xB0;
    static final int I64_TRUNC_F64_U = 0xB1;
    static final int F64_PROMOTE_F32 = 0xBB;
    static final int VOID = 0x40;
    static final int I32 = 0x7F;
    static final int I64 = 0x7E;
    static final int F32 = 0x7D;
    static final int F64 = 0x7C;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    WasmCode op(int... opcodes) {
        for (int op : opcodes) {
            out.write(op);
        }
        return this;
    }

    WasmCode get(int local) {
        out.write(LOCAL_GET);
        Leb128.writeUnsigned(out, local);
        return this;
    }

    WasmCode set(int local) {
        out.write(LOCAL_SET);
        Leb128.writeUnsigned(out, local);
        return this;
    }

    WasmCode i32(int value) {
        out.write(I32_CONST);
        Leb128.writeSigned(out, value);
        return this;
    }

    WasmCode i64(long value) {
        out.write(I64_CONST);
        Leb128.writeSigned(out, value);
        return this;
    }

    WasmCode f64(double value) {
        out.write(F64_CONST);
        long bits = Double.doubleToRawLongBits(value);
        for (int i = 0; i < 8; i++) {
            out.write((int) (bits >>> (8 * i)) & 0xff);
        }
        return this;
    }

    WasmCode call(int function) {
        out.write(CALL);
        Leb128.writeUnsigned(out, function);
        return this;
    }

    /** A load or store with alignment hint 0 and offset 0: the post-pass's accesses may be unaligned. */
    WasmCode memory(int op) {
        return memory(op, 0);
    }

    /** A load or store at {@code offset} bytes past its address operand, alignment hint 0. */
    WasmCode memory(int op, int offset) {
        out.write(op);
        out.write(0);
        Leb128.writeUnsigned(out, offset);
        return this;
    }

    WasmCode br(int op, int depth) {
        out.write(op);
        Leb128.writeUnsigned(out, depth);
        return this;
    }

    /** The body: its local declarations ({@code count} locals of {@code type}), then the code and {@code end}. */
    byte[] body(int count, int type) {
        return count == 0 ? body() : body(new int[] {count, type});
    }

    /** The body with locals declared in groups: {@code groups} holds (count, type) pairs. */
    byte[] body(int... groups) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Leb128.writeUnsigned(body, groups.length / 2);
        for (int i = 0; i < groups.length; i += 2) {
            Leb128.writeUnsigned(body, groups[i]);
            body.write(groups[i + 1]);
        }
        body.writeBytes(out.toByteArray());
        body.write(END);
        return body.toByteArray();
    }

    byte[] bytes() {
        return out.toByteArray();
    }
}

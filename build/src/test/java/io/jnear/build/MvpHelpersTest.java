package io.jnear.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import com.dylibso.chicory.runtime.ExportFunction;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.wasm.Parser;
import io.jnear.build.MvpLowering.Helper;
import io.jnear.wasm.prepare.Leb128;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The lowered {@code memory.copy} and {@code memory.fill} on their own, in a module that exports them, against
 * {@link System#arraycopy} and {@link Arrays#fill} on the same bytes: every distance between overlapping
 * ranges up to past two 64-byte blocks, in both directions, and every length across the block, word and
 * byte tails.
 */
class MvpHelpersTest {
    private static final int SPAN = 360;

    private static Instance instance;
    private static ExportFunction copy;
    private static ExportFunction fill;

    @BeforeAll
    static void instantiate() {
        instance = Instance.builder(Parser.parse(helperModule())).build();
        copy = instance.export("copy");
        fill = instance.export("fill");
    }

    @Test
    void copiesMoveBytesAsArraycopyDoesForEveryOverlap() {
        int[] lengths = {0, 1, 7, 8, 9, 15, 16, 63, 64, 65, 71, 72, 127, 128, 129, 135, 191, 200};
        for (int src = 0; src <= 140; src += 1) {
            for (int dst : new int[] {0, 1, 3, 8, 9, 63, 64, 65, 70, 100, 139, 140}) {
                for (int length : lengths) {
                    byte[] expected = pattern();
                    System.arraycopy(expected, src, expected, dst, length);
                    memory().write(0, pattern());
                    copy.apply(dst, src, length);
                    assertArrayEquals(expected, memory().readBytes(0, SPAN),
                            "copy of " + length + " bytes from " + src + " to " + dst);
                }
            }
        }
    }

    @Test
    void fillsSetExactlyTheirRangeWithTheValuesLowByte() {
        for (int dst = 0; dst < 20; dst++) {
            for (int length = 0; length <= 200; length++) {
                byte[] expected = pattern();
                Arrays.fill(expected, dst, dst + length, (byte) 0xA7);
                memory().write(0, pattern());
                fill.apply(dst, 0x3A7, length); // only the low byte of the value counts
                assertArrayEquals(expected, memory().readBytes(0, SPAN), "fill of " + length + " bytes at " + dst);
            }
        }
    }

    private static Memory memory() {
        return instance.memory();
    }

    private static byte[] pattern() {
        byte[] bytes = new byte[SPAN];
        for (int i = 0; i < SPAN; i++) {
            bytes[i] = (byte) (i * 7 + 1);
        }
        return bytes;
    }

    /** Types, the two helpers, one page of memory, and exports {@code copy} and {@code fill}. */
    private static byte[] helperModule() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00});
        ByteArrayOutputStream types = new ByteArrayOutputStream();
        Leb128.writeUnsigned(types, MvpLowering.types().size());
        MvpLowering.types().forEach(types::writeBytes);
        section(out, 1, types.toByteArray());
        section(out, 3, new byte[] {2, 0, 0});
        section(out, 5, new byte[] {1, 0, 1});
        ByteArrayOutputStream exports = new ByteArrayOutputStream();
        exports.write(2);
        export(exports, "copy", 0);
        export(exports, "fill", 1);
        section(out, 7, exports.toByteArray());
        ByteArrayOutputStream code = new ByteArrayOutputStream();
        code.write(2);
        for (Helper h : new Helper[] {Helper.MEMORY_COPY, Helper.MEMORY_FILL}) {
            byte[] body = MvpLowering.body(h);
            Leb128.writeUnsigned(code, body.length);
            code.writeBytes(body);
        }
        section(out, 10, code.toByteArray());
        return out.toByteArray();
    }

    private static void export(ByteArrayOutputStream out, String name, int function) {
        out.write(name.length());
        out.writeBytes(name.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        out.write(0);
        out.write(function);
    }

    private static void section(ByteArrayOutputStream out, int id, byte[] contents) {
        out.write(id);
        Leb128.writeUnsigned(out, contents.length);
        out.writeBytes(contents);
    }
}

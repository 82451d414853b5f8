package io.jnear.build;

import static io.jnear.build.ModuleBytes.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import com.dylibso.chicory.runtime.ExportFunction;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.wasm.Parser;
import io.jnear.build.MvpLowering.Helper;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
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
        ByteArrayOutputStream m = header();
        section(m, 1, vector(MvpLowering.types()));
        section(m, 3, vector(List.of(new byte[] {0}, new byte[] {0})));
        section(m, 5, new byte[] {1, 0, 1});
        section(m, 7, vector(List.of(export("copy", FUNC, 0), export("fill", FUNC, 1))));
        section(m, 10, vector(List.of(sized(MvpLowering.body(Helper.MEMORY_COPY)),
                sized(MvpLowering.body(Helper.MEMORY_FILL)))));
        return m.toByteArray();
    }
}

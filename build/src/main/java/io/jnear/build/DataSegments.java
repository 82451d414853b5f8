package io.jnear.build;

import io.jnear.wasm.prepare.Leb128;
import java.io.ByteArrayOutputStream;

/**
 * A data section being written: active MVP segments (memory 0, an {@code i32.const} offset), each added
 * range split into its non-zero stretches. Memory starts zeroed, so zeros need no bytes in the module (a
 * smaller module also costs less gas to load on every call).
 */
final class DataSegments {
    /**
     * Runs of at least this many zero bytes are left out. A new segment costs 6 to 8 bytes (kind, offset
     * expression, length), so leaving out a shorter run would cost more than its zeros; on the token, 7
     * gives the smallest data of the thresholds from 3 to 16 (16 left about 2.6 KB more).
     */
    static final int ZERO_RUN = 7;

    private final ByteArrayOutputStream segments = new ByteArrayOutputStream();
    private int count;

    /** Adds {@code bytes[from, from + length)}, which memory holds at {@code offset}, minus its zero runs. */
    void add(long offset, byte[] bytes, int from, int length) {
        int at = 0;
        while (at < length) {
            while (at < length && bytes[from + at] == 0) {
                at++;
            }
            if (at == length) {
                return;
            }
            int end = at;
            int zeros = 0;
            while (end + zeros < length && zeros < ZERO_RUN) {
                if (bytes[from + end + zeros] == 0) {
                    zeros++;
                } else {
                    end += zeros + 1;
                    zeros = 0;
                }
            }
            segments.write(0);
            segments.write(WasmCode.I32_CONST);
            Leb128.writeSigned(segments, (int) (offset + at));
            segments.write(WasmCode.END);
            Leb128.writeUnsigned(segments, end - at);
            segments.write(bytes, from + at, end - at);
            count++;
            at = end;
        }
    }

    /** The data section's contents: the segment count, then the segments. */
    byte[] contents() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(segments.size() + 5);
        Leb128.writeUnsigned(out, count);
        out.writeBytes(segments.toByteArray());
        return out.toByteArray();
    }
}

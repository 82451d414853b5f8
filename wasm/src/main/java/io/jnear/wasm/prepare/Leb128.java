package io.jnear.wasm.prepare;

import java.io.ByteArrayOutputStream;

/**
 * The variable-length integers of the Wasm binary format, read from and written to byte arrays. Public for
 * the build's NEAR post-pass, which rewrites modules with the same encoding.
 */
public final class Leb128 {
    private Leb128() {
    }

    /** A cursor over a byte array that reads LEB128 numbers. */
    public static final class Reader {
        private final byte[] bytes;
        public int position;

        public Reader(byte[] bytes, int position) {
            this.bytes = bytes;
            this.position = position;
        }

        public long unsigned() {
            long result = 0;
            int shift = 0;
            while (true) {
                if (position >= bytes.length || shift > 63) {
                    throw new PrepareException(PrepareException.Kind.DESERIALIZATION);
                }
                byte b = bytes[position++];
                result |= (long) (b & 0x7f) << shift;
                if ((b & 0x80) == 0) {
                    return result;
                }
                shift += 7;
            }
        }

        /** A signed LEB128 number (an {@code i32.const} or {@code i64.const} operand). */
        public long signed() {
            long result = 0;
            int shift = 0;
            int last;
            do {
                if (position >= bytes.length || shift > 63) {
                    throw new PrepareException(PrepareException.Kind.DESERIALIZATION);
                }
                last = bytes[position++] & 0xff;
                result |= (long) (last & 0x7f) << shift;
                shift += 7;
            } while ((last & 0x80) != 0);
            if (shift < 64 && (last & 0x40) != 0) {
                result |= -1L << shift;
            }
            return result;
        }

        public int u32() {
            long v = unsigned();
            if (v > 0xFFFF_FFFFL) {
                throw new PrepareException(PrepareException.Kind.DESERIALIZATION);
            }
            return (int) v;
        }

        public int u8() {
            if (position >= bytes.length) {
                throw new PrepareException(PrepareException.Kind.DESERIALIZATION);
            }
            return bytes[position++] & 0xff;
        }
    }

    public static void writeUnsigned(ByteArrayOutputStream out, long value) {
        do {
            int b = (int) (value & 0x7f);
            value >>>= 7;
            out.write(value == 0 ? b : b | 0x80);
        } while (value != 0);
    }

    public static void writeSigned(ByteArrayOutputStream out, long value) {
        while (true) {
            int b = (int) (value & 0x7f);
            value >>= 7;
            boolean done = (value == 0 && (b & 0x40) == 0) || (value == -1 && (b & 0x40) != 0);
            out.write(done ? b : b | 0x80);
            if (done) {
                return;
            }
        }
    }
}

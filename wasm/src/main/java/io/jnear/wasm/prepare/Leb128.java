package io.jnear.wasm.prepare;

import java.io.ByteArrayOutputStream;

/** The variable-length integers of the Wasm binary format, read from and written to byte arrays. */
final class Leb128 {
    private Leb128() {
    }

    /** A cursor over a byte array that reads unsigned LEB128 numbers. */
    static final class Reader {
        private final byte[] bytes;
        int position;

        Reader(byte[] bytes, int position) {
            this.bytes = bytes;
            this.position = position;
        }

        long unsigned() {
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

        int u32() {
            long v = unsigned();
            if (v > 0xFFFF_FFFFL) {
                throw new PrepareException(PrepareException.Kind.DESERIALIZATION);
            }
            return (int) v;
        }

        int u8() {
            if (position >= bytes.length) {
                throw new PrepareException(PrepareException.Kind.DESERIALIZATION);
            }
            return bytes[position++] & 0xff;
        }
    }

    static void writeUnsigned(ByteArrayOutputStream out, long value) {
        do {
            int b = (int) (value & 0x7f);
            value >>>= 7;
            out.write(value == 0 ? b : b | 0x80);
        } while (value != 0);
    }

    static void writeSigned(ByteArrayOutputStream out, long value) {
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

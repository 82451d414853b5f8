package io.jnear.build;

import io.jnear.wasm.prepare.Leb128;
import java.io.ByteArrayOutputStream;

/** A Wasm module written section by section: the header, then each section's id, size and contents. */
final class ModuleWriter {
    /** The magic number and version 1 every Wasm module starts with. */
    static final byte[] HEADER = {0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00};

    private final ByteArrayOutputStream out;

    ModuleWriter(int expectedSize) {
        out = new ByteArrayOutputStream(expectedSize);
        out.writeBytes(HEADER);
    }

    void section(int id, byte[] contents) {
        out.write(id);
        Leb128.writeUnsigned(out, contents.length);
        out.writeBytes(contents);
    }

    byte[] toByteArray() {
        return out.toByteArray();
    }
}

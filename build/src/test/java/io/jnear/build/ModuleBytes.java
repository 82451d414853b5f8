package io.jnear.build;

import io.jnear.wasm.prepare.Leb128;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The pieces of hand-written Wasm modules the tests assemble: sections, vectors, imports, exports. */
final class ModuleBytes {
    static final int FUNC = 0;
    static final int MEMORY = 2;

    private ModuleBytes() {
    }

    /** A module's first eight bytes: the magic number and version 1. */
    static ByteArrayOutputStream header() {
        ByteArrayOutputStream m = new ByteArrayOutputStream();
        m.writeBytes(new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0});
        return m;
    }

    static byte[] functionImport(String module, String field, int type) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(name(module));
        out.writeBytes(name(field));
        out.write(0);
        out.write(type);
        return out.toByteArray();
    }

    static byte[] export(String field, int kind, int index) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(name(field));
        out.write(kind);
        out.write(index);
        return out.toByteArray();
    }

    static byte[] name(String s) {
        return sized(s.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] sized(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Leb128.writeUnsigned(out, bytes.length);
        out.writeBytes(bytes);
        return out.toByteArray();
    }

    static byte[] vector(List<byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Leb128.writeUnsigned(out, entries.size());
        entries.forEach(out::writeBytes);
        return out.toByteArray();
    }

    static void section(ByteArrayOutputStream module, int id, byte[] contents) {
        module.write(id);
        Leb128.writeUnsigned(module, contents.length);
        module.writeBytes(contents);
    }
}

package io.jnear.wasm;

import java.io.ByteArrayOutputStream;

/**
 * Small hand-assembled Wasm modules for the tests that need one exact shape (a loop, a recursion, a
 * forbidden import). Type 0 is {@code () -> ()}, type 1 is {@code (i64, i64) -> ()} (value_return's),
 * type 2 is {@code (i64, i64, i64) -> ()} (the hash functions'); {@link #type} adds more from index 3.
 */
final class TinyModule {
    static final byte[] HEADER = {0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00};

    private final ByteArrayOutputStream imports = new ByteArrayOutputStream();
    private int importCount;
    private final ByteArrayOutputStream functions = new ByteArrayOutputStream();
    private final ByteArrayOutputStream exports = new ByteArrayOutputStream();
    private final ByteArrayOutputStream bodies = new ByteArrayOutputStream();
    private int functionCount;
    private int exportCount;
    private Integer start;
    private final ByteArrayOutputStream extraTypes = new ByteArrayOutputStream();
    private int extraTypeCount;
    private final ByteArrayOutputStream data = new ByteArrayOutputStream();
    private int dataCount;
    private byte[] extraSection;
    private int passiveDataCount;
    private Integer tableSize;
    private int tableType = 0x70;
    private final ByteArrayOutputStream elements = new ByteArrayOutputStream();
    private int elementCount;

    /** Imports a function of type {@code type} as {@code module.name}; its index is the import order. */
    TinyModule importFunction(String module, String name, int type) {
        name(imports, module);
        name(imports, name);
        imports.write(0x00);
        imports.write(type);
        importCount++;
        return this;
    }

    /** Imports a memory (which NEAR refuses). */
    TinyModule importMemory(String module, String name) {
        name(imports, module);
        name(imports, name);
        imports.writeBytes(new byte[] {0x02, 0x00, 0x01});
        importCount++;
        return this;
    }

    /** Defines a {@code () -> ()} function with {@code code} (no locals; the final end is added) and exports it. */
    TinyModule function(String export, int... code) {
        return typedFunction(export, 0, code);
    }

    /** Defines a function of type {@code type} with {@code code} and exports it. */
    TinyModule typedFunction(String export, int type, int... code) {
        int index = importCount + functionCount++;
        functions.write(type);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(0x00); // no locals
        for (int b : code) {
            body.write(b);
        }
        body.write(0x0B);
        leb(bodies, body.size());
        bodies.writeBytes(body.toByteArray());
        if (export != null) {
            name(exports, export);
            exports.write(0x00);
            leb(exports, index);
            exportCount++;
        }
        return this;
    }

    /** Adds the type {@code (i64 × params) -> ()}, or {@code -> i64} with {@code returnsI64}, at index 3, 4, … in call order. */
    TinyModule type(int params, boolean returnsI64) {
        extraTypes.write(0x60);
        leb(extraTypes, params);
        for (int i = 0; i < params; i++) {
            extraTypes.write(0x7E);
        }
        extraTypes.writeBytes(returnsI64 ? new byte[] {0x01, 0x7E} : new byte[] {0x00});
        extraTypeCount++;
        return this;
    }

    /** Places {@code bytes} at {@code offset} of the memory when the module is instantiated (an active data segment). */
    TinyModule data(int offset, byte[] bytes) {
        data.writeBytes(new byte[] {0x00, 0x41});
        sleb(data, offset);
        data.write(0x0B);
        leb(data, bytes.length);
        data.writeBytes(bytes);
        dataCount++;
        return this;
    }

    /** Adds a passive data segment (for {@code memory.init}); segments are numbered in the order added, active ones included. */
    TinyModule passiveData(byte[] bytes) {
        data.write(0x01);
        leb(data, bytes.length);
        data.writeBytes(bytes);
        dataCount++;
        passiveDataCount++;
        return this;
    }

    /** Gives the module one {@code funcref} table of {@code size} elements, all null. */
    TinyModule table(int size) {
        this.tableSize = size;
        return this;
    }

    /** Gives the module one {@code externref} table of {@code size} elements (a reference-types table). */
    TinyModule externrefTable(int size) {
        this.tableType = 0x6F;
        return table(size);
    }

    /** Adds a passive element segment listing these function indices (for {@code table.init}). */
    TinyModule passiveElements(int... functionIndices) {
        elements.writeBytes(new byte[] {0x01, 0x00}); // passive, of function indices
        leb(elements, functionIndices.length);
        for (int index : functionIndices) {
            leb(elements, index);
        }
        elementCount++;
        return this;
    }

    /** The function with this index runs when the module is instantiated. */
    TinyModule start(int functionIndex) {
        this.start = functionIndex;
        return this;
    }

    /** Appends a custom section of {@code size} bytes (to make a module big). */
    TinyModule padding(int size) {
        ByteArrayOutputStream custom = new ByteArrayOutputStream();
        name(custom, "pad");
        custom.writeBytes(new byte[size]);
        extraSection = custom.toByteArray();
        return this;
    }

    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(HEADER);
        ByteArrayOutputStream types = new ByteArrayOutputStream();
        types.writeBytes(new byte[] {0x60, 0x00, 0x00, 0x60, 0x02, 0x7E, 0x7E, 0x00, 0x60, 0x03, 0x7E, 0x7E, 0x7E, 0x00});
        types.writeBytes(extraTypes.toByteArray());
        section(out, 1, vector(3 + extraTypeCount, types));
        if (importCount > 0) {
            section(out, 2, vector(importCount, imports));
        }
        section(out, 3, vector(functionCount, functions));
        if (tableSize != null) {
            ByteArrayOutputStream t = new ByteArrayOutputStream();
            t.writeBytes(new byte[] {(byte) tableType, 0x00});
            leb(t, tableSize);
            section(out, 4, vector(1, t));
        }
        section(out, 5, new byte[] {0x01, 0x00, 0x01}); // the module's own one-page memory
        section(out, 7, vector(exportCount, exports));
        if (start != null) {
            ByteArrayOutputStream s = new ByteArrayOutputStream();
            leb(s, start);
            section(out, 8, s.toByteArray());
        }
        if (elementCount > 0) {
            section(out, 9, vector(elementCount, elements));
        }
        if (passiveDataCount > 0) {
            ByteArrayOutputStream count = new ByteArrayOutputStream(); // memory.init and data.drop need it
            leb(count, dataCount);
            section(out, 12, count.toByteArray());
        }
        section(out, 10, vector(functionCount, bodies));
        if (dataCount > 0) {
            section(out, 11, vector(dataCount, data));
        }
        if (extraSection != null) {
            section(out, 0, extraSection);
        }
        return out.toByteArray();
    }

    private static byte[] vector(int count, ByteArrayOutputStream items) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        leb(out, count);
        out.writeBytes(items.toByteArray());
        return out.toByteArray();
    }

    private static void section(ByteArrayOutputStream out, int id, byte[] content) {
        out.write(id);
        leb(out, content.length);
        out.writeBytes(content);
    }

    private static void name(ByteArrayOutputStream out, String name) {
        byte[] bytes = name.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        leb(out, bytes.length);
        out.writeBytes(bytes);
    }

    private static void leb(ByteArrayOutputStream out, long value) {
        do {
            int b = (int) (value & 0x7f);
            value >>>= 7;
            out.write(value == 0 ? b : b | 0x80);
        } while (value != 0);
    }

    /** Signed LEB128, as {@code i32.const} and {@code i64.const} immediates are written. */
    static void sleb(ByteArrayOutputStream out, long value) {
        while (true) {
            int b = (int) (value & 0x7f);
            value >>= 7;
            if ((value == 0 && (b & 0x40) == 0) || (value == -1 && (b & 0x40) != 0)) {
                out.write(b);
                return;
            }
            out.write(b | 0x80);
        }
    }
}

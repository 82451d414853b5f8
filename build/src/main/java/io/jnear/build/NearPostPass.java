package io.jnear.build;

import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.AnnotatedInstruction;
import com.dylibso.chicory.wasm.types.ExternalType;
import com.dylibso.chicory.wasm.types.FunctionImport;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.Import;
import com.dylibso.chicory.wasm.types.SectionId;
import com.dylibso.chicory.wasm.types.ValType;
import io.jnear.build.MvpLowering.Helper;
import io.jnear.wasm.prepare.Leb128;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Turns TeaVM's WebAssembly output into a module NEAR accepts:
 *
 * <ul>
 *   <li>imports only from {@code env}: TeaVM's own ({@code teavm.logString}, {@code currentTimeMillis}, …)
 *       become local functions that do nothing and return zero, so no clock or console is reachable;</li>
 *   <li>{@code memory.copy}, {@code memory.fill} and the saturating float-to-int conversions become calls
 *       to MVP functions ({@link MvpLowering}); any other bulk-memory instruction is refused;</li>
 *   <li>exports: the contract's methods and the memory only, so TeaVM's runtime functions
 *       ({@code teavm_gc_collect}, {@code start}, …) are not callable as contract methods;</li>
 *   <li>custom sections (names) and the data count section (needed only by {@code memory.init}) dropped;</li>
 *   <li>data segments split around runs of zeros: memory starts zeroed, and TeaVM's image is mostly zeros
 *       (a smaller module also costs less gas to load on every call).</li>
 * </ul>
 *
 * <p>Removing imports moves every function index down, so calls, exports, the start function and the
 * table's element segments are renumbered; the removed imports and the helpers go after the module's own
 * functions.
 */
public final class NearPostPass {
    private static final int PREFIX_FC = 0xFC;
    private static final int MEMORY_COPY = 0xFC0A;
    private static final int MEMORY_FILL = 0xFC0B;

    private final byte[] code;
    private final WasmModule module;
    private final Set<String> exports;
    /** Old function index → new. */
    private final int[] functionIndex;
    private final List<Integer> removedImportTypes = new ArrayList<>();
    private final int helperBase;
    private final int typeBase;

    private NearPostPass(byte[] code, WasmModule module, Set<String> exports) {
        this.code = code;
        this.module = module;
        this.exports = exports;
        var imports = module.importSection();
        int importedFunctions = imports.count(ExternalType.FUNCTION);
        int defined = module.functionSection().functionCount();
        int kept = 0;
        for (int i = 0; i < imports.importCount(); i++) {
            Import imp = imports.getImport(i);
            if (imp.importType() != ExternalType.FUNCTION) {
                throw new WasmBuildException("TeaVM imported a " + imp.importType() + " (" + imp.module() + "."
                        + imp.name() + "); NEAR provides only functions");
            }
            if ("env".equals(imp.module())) {
                kept++;
            }
        }
        functionIndex = new int[importedFunctions + defined];
        int nextKept = 0;
        int removed = importedFunctions - kept;
        for (int i = 0; i < importedFunctions; i++) {
            FunctionImport imp = (FunctionImport) imports.getImport(i);
            if ("env".equals(imp.module())) {
                functionIndex[i] = nextKept++;
            } else {
                functionIndex[i] = kept + defined + removedImportTypes.size();
                removedImportTypes.add(imp.typeIndex());
            }
        }
        for (int i = 0; i < defined; i++) {
            functionIndex[importedFunctions + i] = kept + i;
        }
        helperBase = kept + defined + removed;
        typeBase = module.typeSection().typeCount();
    }

    /**
     * NEAR's version of {@code teavmOutput}, exporting the functions named in {@code methods} (each must be
     * exported by TeaVM) and the memory.
     */
    public static byte[] apply(byte[] teavmOutput, Set<String> methods) {
        WasmModule module;
        try {
            module = Parser.parse(teavmOutput);
        } catch (ChicoryException | IllegalArgumentException e) {
            throw new WasmBuildException("TeaVM's output is not a valid Wasm module: " + e.getMessage());
        }
        return new NearPostPass(teavmOutput, module, methods).rewrite();
    }

    private byte[] rewrite() {
        ModuleWriter out = new ModuleWriter(code.length);
        Leb128.Reader reader = new Leb128.Reader(code, ModuleWriter.HEADER.length);
        int exported = 0;
        while (reader.position < code.length) {
            int id = reader.u8();
            int size = reader.u32();
            int start = reader.position;
            int end = start + size;
            reader.position = end;
            switch (id) {
                case SectionId.CUSTOM, SectionId.DATA_COUNT -> {
                }
                case SectionId.TYPE -> out.section(id, append(start, end, MvpLowering.types()));
                case SectionId.IMPORT -> out.section(id, imports(start));
                case SectionId.FUNCTION -> out.section(id, append(start, end, addedFunctionTypes()));
                case SectionId.EXPORT -> {
                    byte[] kept = exports(start);
                    exported = kept.length;
                    out.section(id, kept);
                }
                case SectionId.START -> {
                    ByteArrayOutputStream s = new ByteArrayOutputStream();
                    Leb128.writeUnsigned(s, functionIndex[new Leb128.Reader(code, start).u32()]);
                    out.section(id, s.toByteArray());
                }
                case SectionId.ELEMENT -> out.section(id, elements(start));
                case SectionId.CODE -> out.section(id, codeSection(start));
                case SectionId.DATA -> out.section(id, data(start));
                default -> out.section(id, Arrays.copyOfRange(code, start, end));
            }
        }
        if (exported == 0) {
            throw new WasmBuildException("TeaVM's output has no exports");
        }
        return out.toByteArray();
    }

    private List<byte[]> addedFunctionTypes() {
        List<byte[]> types = new ArrayList<>();
        removedImportTypes.forEach(t -> types.add(uleb(t)));
        for (Helper h : Helper.values()) {
            types.add(uleb(typeBase + MvpLowering.typeOf(h)));
        }
        return types;
    }

    private byte[] imports(int start) {
        Leb128.Reader r = new Leb128.Reader(code, start);
        int count = r.u32();
        ByteArrayOutputStream entries = new ByteArrayOutputStream();
        int kept = 0;
        for (int i = 0; i < count; i++) {
            int from = r.position;
            String moduleName = name(r);
            name(r);
            r.u8(); // kind: every import is a function (checked in the constructor)
            r.u32();
            if ("env".equals(moduleName)) {
                entries.write(code, from, r.position - from);
                kept++;
            }
        }
        return vector(kept, entries);
    }

    private byte[] exports(int start) {
        Leb128.Reader r = new Leb128.Reader(code, start);
        int count = r.u32();
        ByteArrayOutputStream entries = new ByteArrayOutputStream();
        int kept = 0;
        List<String> missing = new ArrayList<>(exports);
        for (int i = 0; i < count; i++) {
            int from = r.position;
            String exportName = name(r);
            int kind = r.u8();
            int indexAt = r.position;
            int index = r.u32();
            if (kind == 0 && exports.contains(exportName)) {
                missing.remove(exportName);
                entries.write(code, from, indexAt - from);
                Leb128.writeUnsigned(entries, functionIndex[index]);
                kept++;
            } else if (kind == 2) {
                entries.write(code, from, r.position - from); // the memory
                kept++;
            }
        }
        if (!missing.isEmpty()) {
            throw new WasmBuildException("TeaVM did not export " + missing);
        }
        return vector(kept, entries);
    }

    /** Element segments in the MVP form (active, table 0, an i32 offset, function indices). */
    private byte[] elements(int start) {
        Leb128.Reader r = new Leb128.Reader(code, start);
        int count = r.u32();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Leb128.writeUnsigned(out, count);
        for (int i = 0; i < count; i++) {
            int flags = r.u32();
            if (flags != 0) {
                throw new WasmBuildException("element segment kind " + flags + " is not MVP");
            }
            int offsetStart = r.position;
            if (r.u8() != WasmCode.I32_CONST) {
                throw new WasmBuildException("element segment offset is not a constant");
            }
            r.unsigned();
            if (r.u8() != WasmCode.END) {
                throw new WasmBuildException("element segment offset is not a constant");
            }
            Leb128.writeUnsigned(out, 0);
            out.write(code, offsetStart, r.position - offsetStart);
            int functions = r.u32();
            Leb128.writeUnsigned(out, functions);
            for (int f = 0; f < functions; f++) {
                Leb128.writeUnsigned(out, functionIndex[r.u32()]);
            }
        }
        return out.toByteArray();
    }

    /** Active MVP data segments (memory 0, an i32 offset), each split into its non-zero stretches. */
    private byte[] data(int start) {
        Leb128.Reader r = new Leb128.Reader(code, start);
        int count = r.u32();
        DataSegments segments = new DataSegments();
        for (int i = 0; i < count; i++) {
            if (r.u32() != 0 || r.u8() != WasmCode.I32_CONST) {
                throw new WasmBuildException("data segment " + i + " is not an active segment at a constant offset");
            }
            long offset = r.signed();
            if (r.u8() != WasmCode.END) {
                throw new WasmBuildException("data segment " + i + " is not at a constant offset");
            }
            int length = r.u32();
            segments.add(offset, code, r.position, length);
            r.position += length;
        }
        return segments.contents();
    }

    private byte[] codeSection(int start) {
        Leb128.Reader r = new Leb128.Reader(code, start);
        int count = r.u32();
        var bodies = module.codeSection().functionBodies();
        ByteArrayOutputStream out = new ByteArrayOutputStream(code.length);
        Leb128.writeUnsigned(out, count + removedImportTypes.size() + Helper.values().length);
        for (int i = 0; i < count; i++) {
            int size = r.u32();
            int bodyStart = r.position;
            r.position += size;
            byte[] body = body(bodyStart, r.position, bodies[i].instructions());
            Leb128.writeUnsigned(out, body.length);
            out.writeBytes(body);
        }
        for (int type : removedImportTypes) {
            byte[] body = doNothing(module.typeSection().getType(type));
            Leb128.writeUnsigned(out, body.length);
            out.writeBytes(body);
        }
        for (Helper h : Helper.values()) {
            byte[] body = MvpLowering.body(h);
            Leb128.writeUnsigned(out, body.length);
            out.writeBytes(body);
        }
        return out.toByteArray();
    }

    private byte[] body(int bodyStart, int bodyEnd, List<AnnotatedInstruction> instructions) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bodyEnd - bodyStart + 16);
        int exprStart = instructions.get(0).address();
        out.write(code, bodyStart, exprStart - bodyStart); // local declarations
        for (int i = 0; i < instructions.size(); i++) {
            AnnotatedInstruction instruction = instructions.get(i);
            int from = instruction.address();
            int to = i + 1 < instructions.size() ? instructions.get(i + 1).address() : bodyEnd;
            int op = instruction.opcode().opcode();
            if (op == WasmCode.CALL) {
                out.write(WasmCode.CALL);
                Leb128.writeUnsigned(out, functionIndex[(int) instruction.operand(0)]);
            } else if (op == MEMORY_COPY) {
                call(out, Helper.MEMORY_COPY);
            } else if (op == MEMORY_FILL) {
                call(out, Helper.MEMORY_FILL);
            } else if (op >= (PREFIX_FC << 8) && op <= (PREFIX_FC << 8) + 7) {
                int sub = op - (PREFIX_FC << 8);
                if (MvpLowering.fromF32(sub)) {
                    out.write(WasmCode.F64_PROMOTE_F32);
                }
                call(out, MvpLowering.forTruncSat(sub));
            } else if (op > 0xFF) {
                throw new WasmBuildException("TeaVM emitted " + instruction.opcode()
                        + ", which the post-pass cannot lower to MVP");
            } else {
                out.write(code, from, to - from);
            }
        }
        return out.toByteArray();
    }

    private void call(ByteArrayOutputStream out, Helper helper) {
        out.write(WasmCode.CALL);
        Leb128.writeUnsigned(out, helperBase + helper.ordinal());
    }

    /** A function of {@code type} that returns zero of its result type, or nothing. */
    private static byte[] doNothing(FunctionType type) {
        WasmCode c = new WasmCode();
        if (!type.returns().isEmpty()) {
            ValType t = type.returns().get(0);
            if (t.equals(ValType.I32)) {
                c.i32(0);
            } else if (t.equals(ValType.I64)) {
                c.i64(0);
            } else if (t.equals(ValType.F32)) {
                c.op(WasmCode.F32_CONST, 0, 0, 0, 0);
            } else {
                c.f64(0);
            }
        }
        return c.body(0, WasmCode.I32);
    }

    private String name(Leb128.Reader r) {
        int length = r.u32();
        String s = new String(code, r.position, length, java.nio.charset.StandardCharsets.UTF_8);
        r.position += length;
        return s;
    }

    private byte[] append(int start, int end, List<byte[]> extra) {
        Leb128.Reader r = new Leb128.Reader(code, start);
        long count = r.unsigned();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Leb128.writeUnsigned(out, count + extra.size());
        out.write(code, r.position, end - r.position);
        extra.forEach(out::writeBytes);
        return out.toByteArray();
    }

    private static byte[] vector(int count, ByteArrayOutputStream entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Leb128.writeUnsigned(out, count);
        out.writeBytes(entries.toByteArray());
        return out.toByteArray();
    }


    private static byte[] uleb(long value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(5);
        Leb128.writeUnsigned(out, value);
        return out.toByteArray();
    }
}

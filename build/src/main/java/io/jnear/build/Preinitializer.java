package io.jnear.build;

import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.ImportFunction;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.ExternalType;
import com.dylibso.chicory.wasm.types.FunctionImport;
import com.dylibso.chicory.wasm.types.SectionId;
import io.jnear.sdk.wasm.WasmEntry;
import io.jnear.wasm.prepare.Leb128;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs a module's initialisation once, at build time, and writes what it leaves as the module's initial
 * state, so that NEAR calls, each of which starts from a fresh instance, no longer repeat it.
 *
 * <p>TeaVM's start function lays out the heap and runs its runtime's class initialisers, and every other
 * class initialiser runs on the first use of its class, in every call again. Here the module is
 * instantiated (which runs the start function), its {@link WasmEntry#PREINITIALIZE_EXPORT} export is called
 * (which initialises the dispatcher, its codecs and the JDK classes they use), and then the memory and the
 * globals are read back: the rewritten module has that memory as its data, those values as its globals'
 * initial values, no start function and no such export. Class initialisers are deterministic and, at
 * that point, have no host to call; one that calls the host anyway (it would need a NEAR call's context),
 * or runs past {@link #MAX_INSTRUCTIONS}, makes the module stay as TeaVM wrote it, minus the export.
 * Initialised, the module also loses the code that can no longer run ({@link InitialisedCode}).
 */
final class Preinitializer {
    private static final int PAGE = 65_536;
    private static final int EXPORT_FUNCTION = 0;
    /**
     * The most instructions initialisation may run at build time (the token's takes about 300,000): past
     * it, an initialiser that loops forever would stop the build, so the module is kept as it was.
     */
    static final long MAX_INSTRUCTIONS = 50_000_000;

    private final byte[] code;
    private final WasmModule module;
    private final Snapshot snapshot;

    /** Memory and globals as initialisation left them. */
    record Snapshot(byte[] memory, long[] globals) {
    }

    private Preinitializer(byte[] code, WasmModule module, Snapshot snapshot) {
        this.code = code;
        this.module = module;
        this.snapshot = snapshot;
    }

    /**
     * {@code module} initialised, or, when its initialisation calls the host, unchanged but for the
     * removed export. A module without the export is returned as it is.
     */
    static byte[] apply(byte[] module) {
        WasmModule parsed = Parser.parse(module);
        boolean exported = false;
        for (int i = 0; i < parsed.exportSection().exportCount(); i++) {
            exported |= parsed.exportSection().getExport(i).name().equals(WasmEntry.PREINITIALIZE_EXPORT);
        }
        if (!exported) {
            return module;
        }
        return new Preinitializer(module, parsed, run(parsed)).rewrite();
    }

    /** The state the start function and the export leave, or null when they call the host or trap. */
    private static Snapshot run(WasmModule module) {
        List<ImportFunction> host = new ArrayList<>();
        var imports = module.importSection();
        for (int i = 0; i < imports.importCount(); i++) {
            if (imports.getImport(i).importType() == ExternalType.FUNCTION) {
                FunctionImport f = (FunctionImport) imports.getImport(i);
                host.add(new HostFunction(f.module(), f.name(), module.typeSection().getType(f.typeIndex()),
                        (instance, args) -> {
                            throw new HostCalled();
                        }));
            }
        }
        Instance instance;
        long[] executed = {0};
        try {
            instance = Instance.builder(module)
                    .withImportValues(ImportValues.builder().withFunctions(host).build())
                    .withUnsafeExecutionListener((instruction, stack) -> {
                        if (++executed[0] > MAX_INSTRUCTIONS) {
                            throw new HostCalled(); // an initialiser that does not end is given up like one that calls the host
                        }
                    })
                    .build();
            instance.export(WasmEntry.PREINITIALIZE_EXPORT).apply();
        } catch (HostCalled | ChicoryException e) {
            return null;
        }
        int pages = instance.memory().pages();
        byte[] memory = instance.memory().readBytes(0, pages * PAGE);
        long[] globals = new long[module.globalSection().globalCount()];
        for (int i = 0; i < globals.length; i++) {
            globals[i] = instance.global(i).getValue();
        }
        return new Snapshot(memory, globals);
    }

    /** Thrown by every host function while the module initialises at build time, and past its budget. */
    private static final class HostCalled extends RuntimeException {
        HostCalled() {
            super(null, null, false, false);
        }
    }

    private byte[] rewrite() {
        ModuleWriter out = new ModuleWriter(code.length);
        Leb128.Reader reader = new Leb128.Reader(code, ModuleWriter.HEADER.length);
        boolean dataWritten = false;
        byte[] exports = {0};
        while (reader.position < code.length) {
            int id = reader.u8();
            int size = reader.u32();
            int start = reader.position;
            int end = start + size;
            reader.position = end;
            switch (id) {
                case SectionId.EXPORT -> {
                    exports = exports(start);
                    out.section(id, exports);
                }
                case SectionId.CODE -> out.section(id, snapshot == null ? Arrays.copyOfRange(code, start, end)
                        : new InitialisedCode(code, module, snapshot.memory()).codeSection(start, exports));
                case SectionId.START -> {
                    if (snapshot == null) {
                        out.section(id, Arrays.copyOfRange(code, start, end));
                    }
                }
                case SectionId.MEMORY -> out.section(id, snapshot == null ? Arrays.copyOfRange(code, start, end)
                        : memory(start));
                case SectionId.GLOBAL -> out.section(id, snapshot == null ? Arrays.copyOfRange(code, start, end)
                        : globals(start));
                case SectionId.DATA -> {
                    out.section(id, snapshot == null ? Arrays.copyOfRange(code, start, end) : data());
                    dataWritten = true;
                }
                default -> out.section(id, Arrays.copyOfRange(code, start, end));
            }
        }
        if (snapshot != null && !dataWritten) { // the post-pass leaves no custom section, so data goes last
            out.section(SectionId.DATA, data());
        }
        return out.toByteArray();
    }

    private byte[] exports(int start) {
        Leb128.Reader r = new Leb128.Reader(code, start);
        int count = r.u32();
        ByteArrayOutputStream entries = new ByteArrayOutputStream();
        int kept = 0;
        for (int i = 0; i < count; i++) {
            int from = r.position;
            int length = r.u32();
            String name = new String(code, r.position, length, StandardCharsets.UTF_8);
            r.position += length;
            int kind = r.u8();
            r.u32();
            if (kind != EXPORT_FUNCTION || !name.equals(WasmEntry.PREINITIALIZE_EXPORT)) {
                entries.write(code, from, r.position - from);
                kept++;
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Leb128.writeUnsigned(out, kept);
        out.writeBytes(entries.toByteArray());
        return out.toByteArray();
    }

    /** The one memory, its minimum raised to the pages initialisation grew it to. */
    private byte[] memory(int start) {
        Leb128.Reader r = new Leb128.Reader(code, start);
        if (r.u32() != 1) {
            throw new WasmBuildException("TeaVM's module does not define exactly one memory");
        }
        int flags = r.u8();
        int minimum = r.u32();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(1);
        out.write(flags);
        Leb128.writeUnsigned(out, Math.max(minimum, snapshot.memory().length / PAGE));
        if ((flags & 1) != 0) {
            Leb128.writeUnsigned(out, r.u32());
        }
        return out.toByteArray();
    }

    /** Every global, its initial value the one initialisation left. */
    private byte[] globals(int start) {
        Leb128.Reader r = new Leb128.Reader(code, start);
        int count = r.u32();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Leb128.writeUnsigned(out, count);
        for (int i = 0; i < count; i++) {
            int type = r.u8();
            int mutability = r.u8();
            skipConstantExpression(r);
            out.write(type);
            out.write(mutability);
            long value = snapshot.globals()[i];
            if (type == WasmCode.I32) {
                out.write(WasmCode.I32_CONST);
                Leb128.writeSigned(out, (int) value);
            } else if (type == WasmCode.I64) {
                out.write(WasmCode.I64_CONST);
                Leb128.writeSigned(out, value);
            } else if (type == WasmCode.F32) {
                out.write(WasmCode.F32_CONST);
                for (int b = 0; b < 4; b++) {
                    out.write((int) (value >>> (8 * b)) & 0xff);
                }
            } else if (type == WasmCode.F64) {
                out.write(WasmCode.F64_CONST);
                for (int b = 0; b < 8; b++) {
                    out.write((int) (value >>> (8 * b)) & 0xff);
                }
            } else {
                throw new WasmBuildException("a global of type 0x" + Integer.toHexString(type) + " is not MVP");
            }
            out.write(WasmCode.END);
        }
        return out.toByteArray();
    }

    /** Skips a constant expression: one {@code *.const} or {@code global.get}, then {@code end}. */
    private void skipConstantExpression(Leb128.Reader r) {
        int op = r.u8();
        switch (op) {
            case WasmCode.I32_CONST, WasmCode.I64_CONST -> r.signed();
            case WasmCode.F32_CONST -> r.position += 4;
            case WasmCode.F64_CONST -> r.position += 8;
            case 0x23 -> r.u32(); // global.get
            default -> throw new WasmBuildException("a global's initial value is not a constant (0x"
                    + Integer.toHexString(op) + ")");
        }
        if (r.u8() != WasmCode.END) {
            throw new WasmBuildException("a global's initial value is more than one constant");
        }
    }

    private byte[] data() {
        DataSegments segments = new DataSegments();
        segments.add(0, snapshot.memory(), 0, snapshot.memory().length);
        return segments.contents();
    }

}

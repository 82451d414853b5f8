package io.jnear.wasm.prepare;

import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.ActiveDataSegment;
import com.dylibso.chicory.wasm.types.ActiveElement;
import com.dylibso.chicory.wasm.types.ExternalType;
import com.dylibso.chicory.wasm.types.FunctionBody;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.Import;
import com.dylibso.chicory.wasm.types.SectionId;
import com.dylibso.chicory.wasm.types.ValType;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * Prepares a contract as nearcore does before running it: validates it, refuses what NEAR refuses (with
 * nearcore's {@code PrepareError}), replaces the module's memory with NEAR's standard one, and rewrites
 * the code so that it meters itself (see {@link GasInjector}).
 *
 * <p>The rewrite only appends: two function types, four helper functions and two globals (the gas left
 * and the stack budget), so no existing index moves and the rest of the module is copied byte for byte.
 */
public final class ModulePreparer {
    /** NEAR's standard memory: 1,024 pages (64 MiB) at start, at most 2,048. */
    public static final int INITIAL_PAGES = 1024;
    public static final int MAX_PAGES = 2048;

    // nearcore's LimitConfig for protocol 86
    static final long MAX_FUNCTIONS = 10_000;
    static final long MAX_LOCALS = 1_000_000;
    static final int MAX_TABLES = 1;
    static final long MAX_TABLE_ELEMENTS = 10_000;

    private static final byte[] HEADER = {0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00};

    private ModulePreparer() {
    }

    /**
     * The instrumented module and where its metering state lives.
     *
     * @param bytes the module to compile
     * @param gasGlobal index of the i64 global holding the gas the code may still burn
     * @param stackGlobal index of the i64 global holding the stack bytes nested calls may still reserve
     * @param startFunction the module's start function, or -1: the runner calls it itself, once the code
     *     has gas to burn (nearcore runs it under the call's gas), so the rewritten module has no start section
     */
    public record Prepared(byte[] bytes, int gasGlobal, int stackGlobal, int startFunction) {
    }

    /** Prepares {@code code}, or throws {@link PrepareException} with the error nearcore reports. */
    public static Prepared prepare(byte[] code, WasmFeatures features, Metering metering) {
        WasmModule module;
        try {
            module = Parser.parse(code);
        } catch (ChicoryException | IllegalArgumentException | IndexOutOfBoundsException
                | UnsupportedOperationException e) {
            throw new PrepareException(PrepareException.Kind.DESERIALIZATION, e.getMessage());
        }
        checkImports(module);
        checkFeaturesAndLimits(module, features);
        return rewrite(code, module, metering);
    }

    private static void checkImports(WasmModule module) {
        var imports = module.importSection();
        for (int i = 0; i < imports.importCount(); i++) {
            Import imp = imports.getImport(i);
            if (!"env".equals(imp.module())) {
                throw new PrepareException(PrepareException.Kind.INSTANTIATE,
                        "import " + imp.module() + "." + imp.name() + " is not from env");
            }
            ExternalType type = imp.importType();
            if (type == ExternalType.MEMORY) {
                throw new PrepareException(PrepareException.Kind.MEMORY, "imported memory " + imp.name());
            }
            if (type == ExternalType.TAG) {
                throw new PrepareException(PrepareException.Kind.DESERIALIZATION, "imported tag " + imp.name());
            }
            if (type != ExternalType.FUNCTION) {
                throw new PrepareException(PrepareException.Kind.INSTANTIATE, "imported " + type + " " + imp.name());
            }
        }
    }

    private static void checkFeaturesAndLimits(WasmModule module, WasmFeatures features) {
        if (module.tagSection().isPresent()) {
            throw new PrepareException(PrepareException.Kind.DESERIALIZATION, "tag section");
        }
        for (FunctionType type : module.typeSection().types()) {
            if (type.returns().size() > 1) {
                throw new PrepareException(PrepareException.Kind.DESERIALIZATION, "multi-value " + type);
            }
            checkValueTypes(type.params(), features);
            checkValueTypes(type.returns(), features);
        }
        if (module.memorySection().map(m -> m.memoryCount() > 1).orElse(false)) {
            throw new PrepareException(PrepareException.Kind.DESERIALIZATION, "more than one memory");
        }
        int functions = module.importSection().count(ExternalType.FUNCTION) + module.functionSection().functionCount();
        if (functions > MAX_FUNCTIONS) {
            throw new PrepareException(PrepareException.Kind.TOO_MANY_FUNCTIONS);
        }
        int tables = module.tableSection().tableCount();
        if (tables > MAX_TABLES) {
            throw new PrepareException(PrepareException.Kind.TOO_MANY_TABLES);
        }
        for (int i = 0; i < tables; i++) {
            if (module.tableSection().getTable(i).limits().min() > MAX_TABLE_ELEMENTS) {
                throw new PrepareException(PrepareException.Kind.TOO_MANY_TABLE_ELEMENTS);
            }
        }
        if (!features.bulkMemoryAndReferenceTypes()) {
            checkMvpSegments(module);
        }
        long locals = 0;
        for (FunctionBody body : module.codeSection().functionBodies()) {
            locals += body.localTypes().size();
            if (locals > MAX_LOCALS) {
                throw new PrepareException(PrepareException.Kind.TOO_MANY_LOCALS);
            }
            checkValueTypes(body.localTypes(), features);
            for (var instruction : body.instructions()) {
                if (!features.allows(instruction.opcode().opcode())) {
                    throw new PrepareException(PrepareException.Kind.DESERIALIZATION,
                            "instruction " + instruction.opcode() + " is not in NEAR's feature set");
                }
            }
        }
    }

    /**
     * Without bulk memory and reference types only MVP segments validate: active data segments, active
     * element segments of function references, and {@code funcref} tables, with no data count section.
     */
    private static void checkMvpSegments(WasmModule module) {
        if (module.dataCountSection().isPresent()) {
            throw new PrepareException(PrepareException.Kind.DESERIALIZATION, "data count section");
        }
        for (var segment : module.dataSection().dataSegments()) {
            if (!(segment instanceof ActiveDataSegment)) {
                throw new PrepareException(PrepareException.Kind.DESERIALIZATION, "passive data segment");
            }
        }
        for (var element : module.elementSection().elements()) {
            if (!(element instanceof ActiveElement) || !ValType.matches(element.type(), ValType.FuncRef)) {
                throw new PrepareException(PrepareException.Kind.DESERIALIZATION, "element segment of bulk memory");
            }
        }
        for (int i = 0; i < module.tableSection().tableCount(); i++) {
            if (!ValType.matches(module.tableSection().getTable(i).elementType(), ValType.FuncRef)) {
                throw new PrepareException(PrepareException.Kind.DESERIALIZATION, "table of another reference type than funcref");
            }
        }
    }

    private static void checkValueTypes(List<ValType> types, WasmFeatures features) {
        for (ValType t : types) {
            boolean number = t.equals(ValType.I32) || t.equals(ValType.I64) || t.equals(ValType.F32)
                    || t.equals(ValType.F64);
            boolean reference = t.equals(ValType.FuncRef) || t.equals(ValType.ExternRef);
            if (!number && !(reference && features.bulkMemoryAndReferenceTypes())) {
                throw new PrepareException(PrepareException.Kind.DESERIALIZATION, "value type " + t);
            }
        }
    }

    private static Prepared rewrite(byte[] code, WasmModule module, Metering metering) {
        int typeCount = module.typeSection().typeCount();
        int importedFunctions = module.importSection().count(ExternalType.FUNCTION);
        int definedFunctions = module.functionSection().functionCount();
        int gasGlobal = module.globalSection().globalCount();
        int stackGlobal = gasGlobal + 1;
        var helpers = new GasInjector.Helpers(importedFunctions + definedFunctions, gasGlobal, stackGlobal);
        var injector = new GasInjector(module, code, helpers, metering);

        ByteArrayOutputStream out = new ByteArrayOutputStream(code.length + code.length / 4);
        out.writeBytes(HEADER);
        boolean typesDone = false;
        boolean functionsDone = false;
        boolean memoryDone = false;
        boolean globalsDone = false;
        Leb128.Reader reader = new Leb128.Reader(code, HEADER.length);
        while (reader.position < code.length) {
            int id = reader.u8();
            int size = reader.u32();
            int start = reader.position;
            int end = start + size;
            if (end > code.length) {
                throw new PrepareException(PrepareException.Kind.DESERIALIZATION, "section past the end");
            }
            reader.position = end;
            if (id == SectionId.CUSTOM) {
                continue; // custom sections (names, producers) do not run
            }
            if (order(id) > order(SectionId.TYPE) && !typesDone) {
                section(out, SectionId.TYPE, appendEntries(null, 0, 0, GasInjector.helperTypes()));
                typesDone = true;
            }
            if (order(id) > order(SectionId.FUNCTION) && !functionsDone) {
                section(out, SectionId.FUNCTION, appendEntries(null, 0, 0, helpers.functionSectionEntries(typeCount)));
                functionsDone = true;
            }
            if (order(id) > order(SectionId.MEMORY) && !memoryDone) {
                section(out, SectionId.MEMORY, standardMemory());
                memoryDone = true;
            }
            if (order(id) > order(SectionId.GLOBAL) && !globalsDone) {
                section(out, SectionId.GLOBAL, appendEntries(null, 0, 0, GasInjector.helperGlobals(metering)));
                globalsDone = true;
            }
            switch (id) {
                case SectionId.TYPE -> {
                    section(out, id, appendEntries(code, start, end, GasInjector.helperTypes()));
                    typesDone = true;
                }
                case SectionId.FUNCTION -> {
                    section(out, id, appendEntries(code, start, end, helpers.functionSectionEntries(typeCount)));
                    functionsDone = true;
                }
                case SectionId.MEMORY -> {
                    section(out, id, standardMemory());
                    memoryDone = true;
                }
                case SectionId.GLOBAL -> {
                    section(out, id, appendEntries(code, start, end, GasInjector.helperGlobals(metering)));
                    globalsDone = true;
                }
                case SectionId.CODE -> section(out, id, injector.rewriteCodeSection(start, end));
                case SectionId.START -> {
                    // called by the runner, under gas
                }
                default -> section(out, id, java.util.Arrays.copyOfRange(code, start, end));
            }
        }
        if (!memoryDone || !globalsDone || module.codeSection().functionBodies().length == 0) {
            throw new PrepareException(PrepareException.Kind.DESERIALIZATION, "a contract needs functions");
        }
        int startFunction = module.startSection().map(st -> (int) st.startIndex()).orElse(-1);
        return new Prepared(out.toByteArray(), gasGlobal, stackGlobal, startFunction);
    }

    /** Where a section goes in a module: by id, except that the data count section precedes code. */
    private static int order(int id) {
        return switch (id) {
            case SectionId.DATA_COUNT -> SectionId.ELEMENT + 1;
            case SectionId.CODE -> SectionId.ELEMENT + 2;
            case SectionId.DATA -> SectionId.ELEMENT + 3;
            default -> id;
        };
    }

    /** A vector section's bytes with {@code extra} entries (each already encoded) appended. */
    private static byte[] appendEntries(byte[] code, int start, int end, List<byte[]> extra) {
        long count = 0;
        int entriesStart = start;
        if (code != null) {
            Leb128.Reader r = new Leb128.Reader(code, start);
            count = r.unsigned();
            entriesStart = r.position;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Leb128.writeUnsigned(out, count + extra.size());
        if (code != null) {
            out.write(code, entriesStart, end - entriesStart);
        }
        extra.forEach(out::writeBytes);
        return out.toByteArray();
    }

    private static byte[] standardMemory() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(1); // one memory
        out.write(1); // with a maximum
        Leb128.writeUnsigned(out, INITIAL_PAGES);
        Leb128.writeUnsigned(out, MAX_PAGES);
        return out.toByteArray();
    }

    private static void section(ByteArrayOutputStream out, int id, byte[] contents) {
        out.write(id);
        Leb128.writeUnsigned(out, contents.length);
        out.writeBytes(contents);
    }
}

package io.jnear.wasm.vm;

import com.dylibso.chicory.compiler.MachineFactoryCompiler;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Machine;
import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.ExportSection;
import com.dylibso.chicory.wasm.types.ExternalType;
import com.dylibso.chicory.wasm.types.FunctionType;
import io.jnear.wasm.prepare.Metering;
import io.jnear.wasm.prepare.ModulePreparer;
import io.jnear.wasm.prepare.PrepareException;
import io.jnear.wasm.prepare.WasmFeatures;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Function;

/**
 * A contract prepared and compiled once: Chicory's parsed module, the JVM classes its compiler made (a
 * machine factory every call reuses), the memory image calls start from, and its exported methods.
 */
final class PreparedModule {
    final WasmModule module;
    final Function<Instance, Machine> machines;
    final MemoryImage image;
    final ModulePreparer.Prepared prepared;
    private final Map<String, Integer> methods = new HashMap<>(); // looked up by name, never iterated
    private final ConcurrentLinkedDeque<CallInstance> idle = new ConcurrentLinkedDeque<>();
    /**
     * Whether instances may be recycled: not when reference types are on, since code could then change its
     * tables (table.set, table.grow, elem.drop), which re-initialising does not fully undo.
     */
    private final boolean recyclable;

    private PreparedModule(WasmModule module, Function<Instance, Machine> machines, MemoryImage image,
            ModulePreparer.Prepared prepared, boolean recyclable) {
        this.module = module;
        this.recyclable = recyclable;
        this.machines = machines;
        this.image = image;
        this.prepared = prepared;
        ExportSection exports = module.exportSection();
        for (int i = 0; i < exports.exportCount(); i++) {
            var export = exports.getExport(i);
            if (export.exportType() == ExternalType.FUNCTION) {
                methods.put(export.name(), export.index());
            }
        }
    }

    /** Prepares and compiles {@code code}, or throws {@link PrepareException}. */
    static PreparedModule of(byte[] code, WasmFeatures features, Metering metering) {
        ModulePreparer.Prepared prepared = ModulePreparer.prepare(code, features, metering);
        WasmModule module;
        try {
            module = Parser.parse(prepared.bytes());
        } catch (ChicoryException e) {
            // the rewrite produced something invalid: nearcore's name for a failed instrumentation
            throw new PrepareException(PrepareException.Kind.DESERIALIZATION, "instrumented module: " + e.getMessage());
        }
        MemoryImage image = MemoryImage.of(module.dataSection().dataSegments(), ModulePreparer.INITIAL_PAGES,
                ModulePreparer.MAX_PAGES);
        Function<Instance, Machine> machines = MachineFactoryCompiler.compile(module);
        return new PreparedModule(module, machines, image, prepared, !features.bulkMemoryAndReferenceTypes());
    }

    /** An instance for one call: an idle one, or a new one when every instance is busy. */
    CallInstance acquire() {
        CallInstance instance = idle.pollFirst();
        return instance != null ? instance : new CallInstance(this);
    }

    void release(CallInstance instance) {
        if (recyclable) {
            idle.addFirst(instance);
        }
    }

    /** Whether {@code method} is an exported function. */
    boolean exportsMethod(String method) {
        return methods.containsKey(method);
    }

    /** Whether the exported {@code method} has the signature NEAR calls: no parameters, no results. */
    boolean callable(String method) {
        FunctionType type = functionType(methods.get(method));
        return type.params().isEmpty() && type.returns().isEmpty();
    }

    FunctionType functionType(int index) {
        int imported = module.importSection().count(ExternalType.FUNCTION);
        if (index < imported) {
            return module.typeSection().getType(
                    ((com.dylibso.chicory.wasm.types.FunctionImport) importAt(index)).typeIndex());
        }
        return module.typeSection().getType(module.functionSection().getFunctionType(index - imported));
    }

    private com.dylibso.chicory.wasm.types.Import importAt(int functionIndex) {
        int seen = 0;
        var imports = module.importSection();
        for (int i = 0; i < imports.importCount(); i++) {
            if (imports.getImport(i).importType() == ExternalType.FUNCTION && seen++ == functionIndex) {
                return imports.getImport(i);
            }
        }
        throw new IllegalArgumentException("no imported function " + functionIndex);
    }
}

package io.jnear.wasm.vm;

import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.ImportFunction;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasm.types.ExternalType;
import com.dylibso.chicory.wasm.types.FunctionImport;
import java.util.ArrayList;
import java.util.List;

/**
 * An instance of a prepared module, recycled between calls: before each call it is put back exactly as
 * instantiation leaves it — the pages the last call wrote restored from the module's image, every global
 * set back to its initial value — which costs a fraction of linking a new instance. Tables need nothing:
 * without the reference-types feature code cannot change them (modules prepared with it are not
 * recycled). Its host functions, resolved once from their import names, call whatever binding the current
 * call installed.
 */
final class CallInstance {
    final Instance instance;
    final NearMemory memory;
    private final long[] initialGlobals;
    private EnvBinding binding;
    private boolean used;

    CallInstance(PreparedModule module) {
        List<ImportFunction> functions = new ArrayList<>();
        var imports = module.module.importSection();
        for (int i = 0; i < imports.importCount(); i++) {
            if (imports.getImport(i).importType() != ExternalType.FUNCTION) {
                continue;
            }
            FunctionImport imported = (FunctionImport) imports.getImport(i);
            String name = imported.name();
            EnvFunction function = EnvFunction.named(name);
            var type = module.module.typeSection().getType(imported.typeIndex());
            boolean returns = !type.returns().isEmpty();
            functions.add(new HostFunction("env", name, type, (instance, args) -> {
                EnvBinding env = binding;
                env.settle();
                long result = function != null ? env.call(function, args) : env.unsupported(name);
                env.refill();
                return returns ? new long[] {result} : null;
            }));
        }
        this.memory = new NearMemory(module.image);
        this.instance = Instance.builder(module.module)
                .withImportValues(ImportValues.builder().withFunctions(functions).build())
                .withMemoryFactory(limits -> memory)
                .withMachineFactory(module.machines)
                .build();
        this.initialGlobals = new long[module.module.globalSection().globalCount()];
        for (int i = 0; i < initialGlobals.length; i++) {
            initialGlobals[i] = instance.global(i).getValue();
        }
    }

    /** Puts the instance back in its freshly instantiated state (a new instance already is). */
    void reset() {
        if (used) {
            memory.reset();
            for (int i = 0; i < initialGlobals.length; i++) {
                instance.global(i).setValue(initialGlobals[i]);
            }
        }
        used = true;
    }

    void bind(EnvBinding env) {
        this.binding = env;
    }
}

package io.jnear.wasm.vm;

import com.dylibso.chicory.runtime.ChicoryInterruptedException;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasm.ChicoryException;
import io.jnear.runtime.exec.CodeRunner;
import io.jnear.runtime.exec.VmHost;
import io.jnear.runtime.outcome.FunctionCallError;
import io.jnear.sdk.ContractPanic;
import io.jnear.sdk.spi.ContractCode;
import io.jnear.wasm.prepare.Metering;
import io.jnear.wasm.prepare.PrepareException;
import io.jnear.wasm.prepare.WasmFeatures;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs NEAR Wasm contracts in the sandbox: prepares each module once (cached by code hash), then gives
 * every call an instance in its freshly instantiated state — the module's initial memory, globals and
 * tables, the call's gas, the module's start function — and runs the exported method with no arguments,
 * as nearcore does. Instances are recycled ({@link CallInstance}) because linking a new one costs more
 * than the call.
 *
 * <p>Calls run on {@link EngineThread}s, whose stack is large enough for the deepest recursion the
 * instrumentation's stack budget allows, so deep recursion fails with the same error whatever {@code -Xss}
 * the JVM was given: on the calling thread when it is one, else on one of this runner's own, the caller
 * waiting.
 */
public final class WasmCodeRunner implements CodeRunner {
    private final WasmFeatures features;
    private final Metering metering;
    /** Prepared modules, or why nearcore refuses them, by code hash. */
    private final ConcurrentHashMap<String, Object> prepared = new ConcurrentHashMap<>();
    /** Engine threads for callers that are not one. */
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread t = new EngineThread(runnable, "jnear-wasm");
        t.setDaemon(true);
        return t;
    });

    /**
     * Protocol-86 metering and NEAR's portable features — or, when the system property
     * {@code jnear.wasm.features} is {@code protocol84-wasmtime}, also bulk memory and reference types. This
     * is the runner the sandbox finds through {@link java.util.ServiceLoader}.
     */
    public WasmCodeRunner() {
        this(WasmFeatures.fromSetting(System.getProperty(WasmFeatures.SETTING)), Metering.NEAR);
    }

    public WasmCodeRunner(WasmFeatures features, Metering metering) {
        this.features = features;
        this.metering = metering;
    }

    @Override
    public Optional<FunctionCallError.PrepareError> prepare(ContractCode code) {
        Object entry = entry(code);
        return entry instanceof PrepareException e
                ? Optional.of(new FunctionCallError.PrepareError(e.kind().nearName()))
                : Optional.empty();
    }

    private Object entry(ContractCode code) {
        return prepared.computeIfAbsent(HexFormat.of().formatHex(code.hash()), hash -> {
            try {
                return PreparedModule.of(code.bytes(), features, metering);
            } catch (PrepareException e) {
                return e;
            }
        });
    }

    @Override
    public FunctionCallError run(ContractCode code, String method, VmHost host) {
        Object entry = entry(code);
        if (entry instanceof PrepareException e) {
            return new FunctionCallError.PrepareError(e.kind().nearName());
        }
        PreparedModule module = (PreparedModule) entry;
        if (!module.exportsMethod(method)) {
            return new FunctionCallError.MethodNotFound();
        }
        if (!module.callable(method)) {
            return new FunctionCallError.MethodInvalidSignature();
        }
        if (EngineThread.isCurrent()) {
            return call(module, method, host);
        }
        Future<FunctionCallError> call = threads.submit(() -> call(module, method, host));
        try {
            return call.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            call.cancel(true);
            throw new IllegalStateException("Interrupted while a Wasm call ran", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    private FunctionCallError call(PreparedModule module, String method, VmHost host) {
        CallInstance call = module.acquire();
        try {
            return call(module, call, method, host);
        } finally {
            module.release(call);
        }
    }

    private FunctionCallError call(PreparedModule module, CallInstance call, String method, VmHost host) {
        call.reset();
        Instance instance = call.instance;
        EnvBinding env = new EnvBinding(host, call.memory, instance.global(module.prepared.gasGlobal()),
                metering.regularOpCost());
        call.bind(env);
        env.refill();
        try {
            int start = module.prepared.startFunction();
            if (start >= 0) {
                instance.getMachine().call(start, new long[0]);
            }
            instance.export(method).apply();
            env.settle();
            return null;
        } catch (ChicoryInterruptedException e) {
            throw e;
        } catch (ChicoryException e) {
            ContractPanic panic = panicIn(e);
            if (panic != null) {
                throw panic;
            }
            env.settle(); // throws the host's out-of-gas error when the code ran out
            if (instance.global(module.prepared.stackGlobal()).getValue() < 0) {
                // nearcore's finite_wasm_stack_exhausted fails the call with HostError::MemoryAccessViolation
                return new FunctionCallError.ExecutionError("Accessed memory outside the bounds.");
            }
            return new FunctionCallError.ExecutionError("WebAssembly trap: " + trapText(e.getMessage()));
        }
    }

    private static ContractPanic panicIn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ContractPanic panic) {
                return panic;
            }
        }
        return null;
    }

    /** nearcore's text for a trap Chicory reports. */
    private static String trapText(String chicory) {
        String m = chicory == null ? "" : chicory;
        if (m.contains("unreachable")) {
            return "An `unreachable` opcode was executed.";
        } else if (m.contains("out of bounds memory")) {
            return "Memory out of bounds trap.";
        } else if (m.contains("divide by zero")) {
            return "An arithmetic exception, e.g. divided by zero.";
        } else if (m.contains("integer overflow") || m.contains("invalid conversion")) {
            return "Integer overflow.";
        } else if (m.contains("indirect call type mismatch")) {
            return "Call indirect incorrect signature trap.";
        } else if (m.contains("undefined element") || m.contains("uninitialized element") || m.contains("out of bounds table")) {
            return "Call indirect out of bounds trap.";
        }
        return m;
    }
}

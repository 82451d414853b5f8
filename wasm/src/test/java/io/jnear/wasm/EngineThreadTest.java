package io.jnear.wasm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnear.runtime.exec.VmHost;
import io.jnear.runtime.outcome.FunctionCallError;
import io.jnear.sdk.spi.ContractCode;
import io.jnear.wasm.vm.EngineThread;
import io.jnear.wasm.vm.WasmCodeRunner;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Where a Wasm call runs: on the calling thread when it is an {@link EngineThread}, with no hand-off, and
 * on one of the runner's engine threads otherwise.
 */
class EngineThreadTest {
    private static final ContractCode EMPTY_METHOD = ContractCode.wasm(new TinyModule().function("f").bytes());

    private final WasmCodeRunner runner = new WasmCodeRunner();

    /** A host that records the thread each of its methods runs on and has all the gas a call may burn. */
    private static VmHost recordingHost(List<Thread> threads) {
        return (VmHost) Proxy.newProxyInstance(VmHost.class.getClassLoader(), new Class<?>[] {VmHost.class},
                (proxy, method, args) -> {
                    threads.add(Thread.currentThread());
                    return method.getName().equals("gasLeft") ? 300_000_000_000_000L : null;
                });
    }

    private FunctionCallError runRecording(List<Thread> threads) {
        return runner.run(EMPTY_METHOD, "f", recordingHost(threads));
    }

    @Test
    void aCallFromAnEngineThreadRunsOnIt() throws InterruptedException {
        List<Thread> seen = new ArrayList<>();
        AtomicReference<FunctionCallError> error = new AtomicReference<>(new FunctionCallError.MethodNotFound());
        EngineThread caller = new EngineThread(() -> error.set(runRecording(seen)), "test-engine");
        caller.start();
        caller.join();
        assertNull(error.get());
        assertTrue(!seen.isEmpty());
        for (Thread t : seen) {
            assertSame(caller, t);
        }
    }

    @Test
    void aCallFromAnyOtherThreadRunsOnAnEngineThreadOfTheRunner() {
        List<Thread> seen = new ArrayList<>();
        assertNull(runRecording(seen));
        assertTrue(!seen.isEmpty());
        for (Thread t : seen) {
            assertNotSame(Thread.currentThread(), t);
            assertTrue(t instanceof EngineThread, t.getName());
            assertEquals("jnear-wasm", t.getName());
        }
    }
}

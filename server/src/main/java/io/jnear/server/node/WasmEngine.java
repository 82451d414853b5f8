package io.jnear.server.node;

import io.jnear.runtime.exec.VmError;
import io.jnear.sdk.spi.ContractCode;

/**
 * Turns the Wasm bytes of a {@code DeployContract} action into code the sandbox runs. Everything
 * deployed over RPC goes through here, so the RPC path is the same as mainnet's: Wasm in, Wasm run.
 */
@FunctionalInterface
public interface WasmEngine {

    ContractCode load(byte[] wasm);

    /**
     * Stores the code (its size and hash count as NEAR counts them, and {@code view_code} returns it) but
     * fails every call to it: the engine for builds that have none.
     */
    static WasmEngine unavailable() {
        return wasm -> ContractCode.of("wasm", wasm, () -> method -> {
            throw new VmError("CompilationError: this jnear build has no Wasm engine to run deployed code");
        });
    }
}

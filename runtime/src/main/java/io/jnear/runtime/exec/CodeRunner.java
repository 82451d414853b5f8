package io.jnear.runtime.exec;

import io.jnear.runtime.outcome.FunctionCallError;
import io.jnear.sdk.spi.ContractCode;
import java.util.Optional;

/**
 * Runs contract code that is not a Java deployment: the Wasm modules NEAR itself runs. The sandbox finds
 * the implementation with {@link ServiceLoader}; {@code jnear-wasm} provides one. Host errors thrown by
 * the {@link VmHost} (out of gas, prohibited in view, …) and {@link io.jnear.sdk.ContractPanic} propagate
 * out of {@link #run} and fail the call like they fail a Java contract's.
 */
public interface CodeRunner {
    /**
     * Prepares {@code code} as nearcore does when it is deployed (validation, standard memory, metering)
     * and caches the result by code hash.
     *
     * @return nearcore's {@code PrepareError} for code it refuses, or empty
     */
    Optional<FunctionCallError.PrepareError> prepare(ContractCode code);

    /** Runs the exported {@code method} of {@code code} against {@code host}; null on success, else why it failed. */
    FunctionCallError run(ContractCode code, String method, VmHost host);

    /** The runner on the class path, or a failure that says which module to add. */
    static CodeRunner wasm() {
        return InstalledCodeRunner.RUNNER.orElseThrow(() -> new IllegalStateException(
                "Running Wasm contracts needs the jnear-wasm module (io.jnear:jnear-wasm) on the class path"));
    }
}

package io.jnear.samples.testing;

import io.jnear.runtime.Account;
import io.jnear.runtime.Sandbox;
import io.jnear.sdk.Action;

/**
 * How a sample's tests deploy its contracts: the JVM build (the classes, run by the sandbox's JVM mode) or
 * the Wasm build (compiled by TeaVM and jnear's post-pass, run by the Wasm engine as NEAR would run it).
 * The same tests run in both modes and expect the same results, logs and token balances.
 */
public enum BuildMode {
    JVM, WASM;

    /** Creates {@code id} with {@code contract} deployed in this mode, initialised by {@code init} if not null. */
    public Account deploy(Sandbox sandbox, String id, Class<?> contract, Action.FunctionCall init) {
        return switch (this) {
            case JVM -> sandbox.deploy(id, contract, init);
            case WASM -> sandbox.deployWasm(id, WasmBuilds.of(contract), init);
        };
    }
}

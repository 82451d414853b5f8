package io.jnear.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jnear.sdk.NearToken;
import io.jnear.sdk.spi.ContractCode;
import org.junit.jupiter.api.Test;

/** Without jnear-wasm on the class path, Wasm code is refused with a message naming the module to add. */
class WasmWithoutEngineTest {
    private static final String NEEDS_WASM =
            "Running Wasm contracts needs the jnear-wasm module (io.jnear:jnear-wasm) on the class path";
    private static final byte[] EMPTY_MODULE = {0, 'a', 's', 'm', 1, 0, 0, 0};

    @Test
    void deployWasmSaysWhichModuleIsMissing() {
        Sandbox sandbox = Sandbox.create();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> sandbox.deployWasm("w.test.near", EMPTY_MODULE));
        assertEquals(NEEDS_WASM, e.getMessage());
    }

    @Test
    void callingWasmCodeDeployedByAnActionSaysSoToo() {
        Sandbox sandbox = Sandbox.create();
        Account alice = sandbox.createAccount("alice.test.near", NearToken.near(10));
        Account w = sandbox.deploy("w.test.near", ContractCode.wasm(EMPTY_MODULE), null);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> alice.call(w.id(), "f", "{}"));
        assertEquals(NEEDS_WASM, e.getMessage());
    }
}

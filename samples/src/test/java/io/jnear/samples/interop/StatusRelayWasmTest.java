package io.jnear.samples.interop;

import io.jnear.samples.testing.BuildMode;

/** {@link StatusRelayTest} against StatusRelay compiled to NEAR Wasm. */
class StatusRelayWasmTest extends StatusRelayTest {
    @Override
    BuildMode mode() {
        return BuildMode.WASM;
    }
}

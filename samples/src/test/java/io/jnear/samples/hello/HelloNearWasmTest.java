package io.jnear.samples.hello;

import io.jnear.samples.testing.BuildMode;

/** {@link HelloNearTest} against HelloNear compiled to NEAR Wasm. */
class HelloNearWasmTest extends HelloNearTest {
    @Override
    BuildMode mode() {
        return BuildMode.WASM;
    }
}

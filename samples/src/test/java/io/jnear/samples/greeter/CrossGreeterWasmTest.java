package io.jnear.samples.greeter;

import io.jnear.samples.testing.BuildMode;

/** {@link CrossGreeterTest} against CrossGreeter, HelloNear and BrokenHelloNear compiled to NEAR Wasm. */
class CrossGreeterWasmTest extends CrossGreeterTest {
    @Override
    BuildMode mode() {
        return BuildMode.WASM;
    }
}

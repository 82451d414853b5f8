package io.jnear.samples.window;

import io.jnear.samples.testing.BuildMode;

/** {@link VaultWindowTest} against LeakyVault and SafeVault compiled to NEAR Wasm. */
class VaultWindowWasmTest extends VaultWindowTest {
    @Override
    BuildMode mode() {
        return BuildMode.WASM;
    }
}

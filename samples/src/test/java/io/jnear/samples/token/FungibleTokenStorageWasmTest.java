package io.jnear.samples.token;

import io.jnear.samples.testing.BuildMode;

/** {@link FungibleTokenStorageTest} against the token and receiver compiled to NEAR Wasm. */
class FungibleTokenStorageWasmTest extends FungibleTokenStorageTest {
    @Override
    BuildMode mode() {
        return BuildMode.WASM;
    }
}

package io.jnear.samples.token;

import io.jnear.samples.testing.BuildMode;

/** {@link FungibleTokenTransferTest} against the token and receiver compiled to NEAR Wasm. */
class FungibleTokenTransferWasmTest extends FungibleTokenTransferTest {
    @Override
    BuildMode mode() {
        return BuildMode.WASM;
    }
}

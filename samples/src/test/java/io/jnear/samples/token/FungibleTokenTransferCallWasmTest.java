package io.jnear.samples.token;

import io.jnear.samples.testing.BuildMode;

/** {@link FungibleTokenTransferCallTest} against the token and receiver compiled to NEAR Wasm. */
class FungibleTokenTransferCallWasmTest extends FungibleTokenTransferCallTest {
    @Override
    BuildMode mode() {
        return BuildMode.WASM;
    }
}

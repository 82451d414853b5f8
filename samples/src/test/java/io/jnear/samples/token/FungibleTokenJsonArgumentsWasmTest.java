package io.jnear.samples.token;

import io.jnear.samples.testing.BuildMode;

/** {@link FungibleTokenJsonArgumentsTest} against the token and receiver compiled to NEAR Wasm. */
class FungibleTokenJsonArgumentsWasmTest extends FungibleTokenJsonArgumentsTest {
    @Override
    BuildMode mode() {
        return BuildMode.WASM;
    }
}

package io.jnear.samples.rollback;

import io.jnear.samples.testing.BuildMode;

/** {@link WalletTest} against Wallet and Shop compiled to NEAR Wasm. */
class WalletWasmTest extends WalletTest {
    @Override
    BuildMode mode() {
        return BuildMode.WASM;
    }
}

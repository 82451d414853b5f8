package io.jnear.samples.crypto;

import io.jnear.samples.testing.BuildMode;

/** {@link SignatureAndCurveChecksTest} against the contract compiled to NEAR Wasm. */
class SignatureAndCurveChecksWasmTest extends SignatureAndCurveChecksTest {
    @Override
    BuildMode mode() {
        return BuildMode.WASM;
    }
}

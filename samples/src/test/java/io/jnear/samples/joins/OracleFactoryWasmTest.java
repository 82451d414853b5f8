package io.jnear.samples.joins;

import io.jnear.samples.testing.BuildMode;

/** {@link OracleFactoryTest} against the factory compiled to NEAR Wasm, with PriceOracle's module built in. */
class OracleFactoryWasmTest extends OracleFactoryTest {
    @Override
    BuildMode mode() {
        return BuildMode.WASM;
    }
}

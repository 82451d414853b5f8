package io.jnear.samples.joins;

import io.jnear.samples.testing.BuildMode;

/** {@link PriceAggregatorTest} against PriceAggregator and PriceOracle compiled to NEAR Wasm. */
class PriceAggregatorWasmTest extends PriceAggregatorTest {
    @Override
    BuildMode mode() {
        return BuildMode.WASM;
    }
}

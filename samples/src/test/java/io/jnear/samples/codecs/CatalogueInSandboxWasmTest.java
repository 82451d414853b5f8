package io.jnear.samples.codecs;

import io.jnear.samples.testing.BuildMode;

/** {@link CatalogueInSandboxTest} on the Wasm build: the codecs TeaVM compiled read and write alike. */
class CatalogueInSandboxWasmTest extends CatalogueInSandboxTest {
    @Override
    BuildMode mode() {
        return BuildMode.WASM;
    }
}

package io.jnear.samples.codecs;

import io.jnear.samples.testing.BuildMode;

/** {@link SerdeEchoTest} on the Wasm build: the codecs TeaVM compiled answer the serde_json table alike. */
class SerdeEchoWasmTest extends SerdeEchoTest {
    @Override
    BuildMode mode() {
        return BuildMode.WASM;
    }
}

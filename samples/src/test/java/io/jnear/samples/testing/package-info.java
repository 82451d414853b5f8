/** Helpers the sample tests share: finding receipts in a result, the Wasm build of a contract. */
package io.jnear.samples.testing;

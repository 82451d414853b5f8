/** Helpers the sample tests share: the Wasm build of a contract, and which build a test deploys. */
package io.jnear.samples.testing;

/** Java contracts and interfaces the Wasm tests run next to, and call, the real near-sdk-rs contracts. */
package io.jnear.wasm.contracts;

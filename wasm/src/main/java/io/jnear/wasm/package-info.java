/**
 * Wasm mode: real NEAR Wasm contracts (near-sdk-rs builds, …) run in the sandbox next to Java contracts.
 * Adding {@code jnear-wasm} to the class path is all it takes; {@code Sandbox.deployWasm} deploys a module.
 */
package io.jnear.wasm;

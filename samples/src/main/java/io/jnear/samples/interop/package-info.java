/**
 * Java and Rust side by side: a Java contract calling near-sdk-rs's {@code status_message} (run as Wasm by
 * {@code jnear-wasm}) through a typed {@code @CrossContractCall} interface, with callbacks.
 */
package io.jnear.samples.interop;

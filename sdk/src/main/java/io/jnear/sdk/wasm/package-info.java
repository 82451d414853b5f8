/**
 * The SDK's binding to NEAR's {@code env} host functions when a contract is compiled to Wasm by TeaVM:
 * {@link io.jnear.sdk.wasm.WasmHost} implements the same {@link io.jnear.sdk.spi.Host} SPI the sandbox
 * implements on the JVM, so contract code is unchanged, and {@link io.jnear.sdk.wasm.WasmEntry} is what
 * each generated {@code @Export} entry point runs. On the JVM these classes are never used.
 */
package io.jnear.sdk.wasm;

/**
 * Java contracts to NEAR Wasm: {@link io.jnear.build.WasmCompiler} runs TeaVM's non-GC WebAssembly backend on
 * a contract's generated entry class, {@link io.jnear.build.NearPostPass} turns TeaVM's output into a module
 * NEAR accepts, and the Wasm engine's own preparation checks the result before it is written.
 */
package io.jnear.build;

/**
 * What jnear adds to TeaVM's class library for contracts compiled to Wasm: code TeaVM compiles into the
 * contract (it runs in Wasm, not in the build), and the transformer that wires it in.
 */
package io.jnear.build.teavm;

/** A test contract calling NEAR's secp256k1 and alt_bn128 host functions, in JVM mode and compiled to Wasm. */
package io.jnear.samples.crypto;

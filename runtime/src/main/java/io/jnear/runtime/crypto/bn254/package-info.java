/**
 * The BN254 (alt_bn128) curve behind NEAR's {@code alt_bn128_*} host functions: the base field and its
 * quadratic and twelfth-degree extensions, the groups G1 and G2, and the optimal ate pairing, in plain
 * {@link java.math.BigInteger} arithmetic. {@link io.jnear.runtime.crypto.bn254.AltBn128} reads and writes
 * the host functions' little-endian encodings with nearcore's checks and error texts.
 */
package io.jnear.runtime.crypto.bn254;

/**
 * Borsh, the binary format near-sdk-rs stores contract state and collection entries in: a
 * {@link io.jnear.sdk.borsh.BorshWriter}, a strict {@link io.jnear.sdk.borsh.BorshReader}, the
 * {@link io.jnear.sdk.borsh.BorshCodec} of one Java type, and the codecs of the JDK's and the SDK's types
 * in {@link io.jnear.sdk.borsh.BorshCodecs}. Integers are little-endian, a string or a sequence is its
 * {@code u32} length and then its contents, an {@code Option} is a {@code 0}/{@code 1} byte and then the
 * value, so a Java contract's entries cost the same bytes as a Rust contract's.
 */
package io.jnear.sdk.borsh;

/**
 * What contract code compiles against: {@link io.jnear.sdk.Env} (the chain as the executing call sees
 * it), {@link io.jnear.sdk.Promise} and its typed callbacks and joins, the value types NEAR uses
 * ({@link io.jnear.sdk.AccountId}, {@link io.jnear.sdk.NearToken}, {@link io.jnear.sdk.Gas},
 * {@link io.jnear.sdk.U128}, {@link io.jnear.sdk.U64}, {@link io.jnear.sdk.PublicKey}), Rust's unsigned
 * numbers ({@link io.jnear.sdk.U8}, {@link io.jnear.sdk.U16}, {@link io.jnear.sdk.U32},
 * {@link io.jnear.sdk.U64Number}), and storage-backed collections.
 */
package io.jnear.sdk;

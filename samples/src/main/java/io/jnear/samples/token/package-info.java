/**
 * A NEP-141 fungible token with NEP-145 storage management and NEP-297 events
 * ({@link io.jnear.samples.token.FungibleToken}), and a receiver contract that answers
 * {@code ft_transfer_call} in every way the standard allows ({@link io.jnear.samples.token.TokenReceiver}).
 */
package io.jnear.samples.token;

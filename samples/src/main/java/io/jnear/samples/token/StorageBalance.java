package io.jnear.samples.token;

import io.jnear.sdk.NearToken;

/**
 * An account's storage deposit with a contract (NEP-145): {@code total} paid, of which {@code available}
 * could be withdrawn. A token account costs a fixed amount, so nothing is ever available.
 */
public record StorageBalance(NearToken total, NearToken available) {
}

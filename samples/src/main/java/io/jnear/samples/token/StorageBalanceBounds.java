package io.jnear.samples.token;

import io.jnear.sdk.NearToken;

/** The least and the most storage deposit one account may hold with a contract (NEP-145). */
public record StorageBalanceBounds(NearToken min, NearToken max) {
}

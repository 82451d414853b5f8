package io.jnear.samples.token;

import io.jnear.sdk.NearToken;
import java.util.Optional;

/** The least and the most (if there is a most) storage deposit one account may hold with a contract (NEP-145). */
public record StorageBalanceBounds(NearToken min, Optional<NearToken> max) {
}

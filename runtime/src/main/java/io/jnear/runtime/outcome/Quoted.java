package io.jnear.runtime.outcome;

import io.jnear.sdk.AccountId;

/** Account IDs in error texts, quoted as nearcore's texts print them (Rust's {@code {:?}}). */
final class Quoted {
    private Quoted() {
    }

    static String id(AccountId id) {
        return "\"" + id + "\"";
    }

}

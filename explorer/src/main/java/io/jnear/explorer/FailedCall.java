package io.jnear.explorer;

import io.jnear.sdk.AccountId;
import java.util.Objects;

/**
 * Calls of {@code method} on {@code receiver} that may fail, as if the contract panicked: declared with
 * {@link Explorer#mayFail}, chosen per block by the search, carried out with
 * {@link io.jnear.runtime.Sandbox#failCallsDueNext}.
 */
public record FailedCall(AccountId receiver, String method) {
    public FailedCall {
        Objects.requireNonNull(receiver, "receiver");
        Objects.requireNonNull(method, "method");
    }

    @Override
    public String toString() {
        return receiver + "." + method;
    }
}

package io.jnear.explorer;

import io.jnear.runtime.exec.InjectedFailure;
import io.jnear.sdk.AccountId;
import java.util.Objects;

/**
 * Calls of {@code method} on {@code receiver} that may fail, and how: declared with
 * {@link Explorer#mayFail}, chosen per block by the search, carried out with
 * {@link io.jnear.runtime.Sandbox#failCallsDueNext(AccountId, String, InjectedFailure)}.
 */
public record FailedCall(AccountId receiver, String method, InjectedFailure how) {
    public FailedCall {
        Objects.requireNonNull(receiver, "receiver");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(how, "how");
    }

    /** Calls that fail as if the contract panicked at once. */
    public FailedCall(AccountId receiver, String method) {
        this(receiver, method, InjectedFailure.PANIC);
    }

    /** How the call fails, in words: "as if it panicked", "runs out of gas", … */
    String howInWords() {
        return switch (how) {
            case PANIC -> "as if it panicked";
            case PANIC_AFTER_WRITES -> "panicking after its writes, which are undone";
            case OUT_OF_GAS -> "running out of gas at its end";
            case MISSING_ACCOUNT -> "as if " + receiver + " did not exist";
        };
    }

    @Override
    public String toString() {
        return how == InjectedFailure.PANIC ? receiver + "." + method : receiver + "." + method + " (" + how + ")";
    }
}

package io.jnear.explorer;

import io.jnear.sdk.Promise;
import java.util.Objects;

/**
 * One way a step of an {@link Actor} can go: a transaction and the label reports show for it.
 *
 * @param label what the transaction does, in a few words ({@code "withdraw 1 NEAR"})
 * @param transaction the transaction, built as for {@code Account.submit}: one receiver, its actions
 */
public record Alternative(String label, Promise<?> transaction) {
    public Alternative {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(transaction, "transaction");
        if (transaction.actions().isEmpty() || transaction.after() != null) {
            throw new IllegalArgumentException("'" + label + "' must be one batch of actions on one receiver, "
                    + "as a transaction is");
        }
    }

    public static Alternative of(String label, Promise<?> transaction) {
        return new Alternative(label, transaction);
    }
}

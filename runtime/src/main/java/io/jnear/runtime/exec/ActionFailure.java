package io.jnear.runtime.exec;

import io.jnear.runtime.outcome.ActionErrorKind;

/** Stops a receipt at the failing action; caught by the executor, never seen outside the runtime. */
final class ActionFailure extends Exception {
    private static final long serialVersionUID = 1L;

    final transient ActionErrorKind kind;

    ActionFailure(ActionErrorKind kind) {
        super(kind.message(), null, false, false);
        this.kind = kind;
    }
}

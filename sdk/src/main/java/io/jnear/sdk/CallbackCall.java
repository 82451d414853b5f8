package io.jnear.sdk;

import java.util.Objects;

/**
 * What the typed callback classes share: the promise that calls the callback method. The subclasses only
 * add the type parameters that let javac check a callback against the promise it is chained after.
 */
abstract class CallbackCall<R> {
    private final Promise<R> call;

    CallbackCall(Promise<R> call) {
        this.call = Objects.requireNonNull(call, "call");
    }

    final Promise<R> call() {
        return call;
    }

    /**
     * The call of the callback method as a plain promise, chained after nothing: in tests, send it as a
     * transaction to check that the callback refuses callers other than its own contract.
     */
    public final Promise<R> asPlainCall() {
        return call;
    }
}

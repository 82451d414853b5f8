package io.jnear.sdk;

import java.util.Objects;

/**
 * A call of a callback that takes the results of a {@link Join2} and returns {@code R}.
 *
 * <p>The generated stub method of a callback returns one, and only a promise whose result type fits
 * accepts it in {@code then}: wiring a callback to a promise of the wrong type does not compile.
 */
public final class Callback2<A, B, R> {
    private final Promise<R> call;

    private Callback2(Promise<R> call) {
        this.call = Objects.requireNonNull(call, "call");
    }

    /** Wraps the promise that calls the callback method; generated stubs use this. */
    public static <A, B, R> Callback2<A, B, R> of(Promise<R> call) {
        return new Callback2<>(call);
    }

    Promise<R> call() {
        return call;
    }
}

package io.jnear.sdk;

import java.util.Objects;

/**
 * A call of a callback that takes the results of a {@link Join3} and returns {@code R}.
 *
 * <p>The generated stub method of a callback returns one, and only a promise whose result type fits
 * accepts it in {@code then}: wiring a callback to a promise of the wrong type does not compile.
 */
public final class Callback3<A, B, C, R> {
    private final Promise<R> call;

    private Callback3(Promise<R> call) {
        this.call = Objects.requireNonNull(call, "call");
    }

    /** Wraps the promise that calls the callback method; generated stubs use this. */
    public static <A, B, C, R> Callback3<A, B, C, R> of(Promise<R> call) {
        return new Callback3<>(call);
    }

    Promise<R> call() {
        return call;
    }
}

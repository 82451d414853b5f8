package io.jnear.sdk;

/**
 * A call of a callback that takes the results of a {@link Join3} and returns {@code R}.
 *
 * <p>The generated stub method of a callback returns one, and only a promise whose result type fits
 * accepts it in {@code then}: wiring a callback to a promise of the wrong type does not compile.
 */
public final class Callback3<A, B, C, R> extends CallbackCall<R> {
    private Callback3(Promise<R> call) {
        super(call);
    }

    /** Wraps the promise that calls the callback method; generated stubs use this. */
    public static <A, B, C, R> Callback3<A, B, C, R> of(Promise<R> call) {
        return new Callback3<>(call);
    }
}

package io.jnear.sdk;

/**
 * A call of a callback that takes the result of one promise of type {@code T} and returns {@code R}.
 *
 * <p>The generated stub method of a callback returns one, and only a promise whose result type fits
 * accepts it in {@code then}: wiring a callback to a promise of the wrong type does not compile.
 */
public final class Callback<T, R> extends CallbackCall<R> {
    private Callback(Promise<R> call) {
        super(call);
    }

    /** Wraps the promise that calls the callback method; generated stubs use this. */
    public static <T, R> Callback<T, R> of(Promise<R> call) {
        return new Callback<>(call);
    }
}

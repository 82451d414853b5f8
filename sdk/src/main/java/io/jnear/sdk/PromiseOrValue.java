package io.jnear.sdk;

import java.util.Objects;

/**
 * The result of a method that answers at once on some paths and with a promise on others, like
 * near-sdk's {@code PromiseOrValue}: a {@code ft_on_transfer} that returns {@code 0} when it keeps
 * everything but asks another contract first when it does not. Callers see a {@code Promise<T>} either
 * way, and the value they receive is {@code T}.
 */
public final class PromiseOrValue<T> {
    private final Promise<T> promise;
    private final T value;

    private PromiseOrValue(Promise<T> promise, T value) {
        this.promise = promise;
        this.value = value;
    }

    /** Answers with {@code value} now. */
    public static <T> PromiseOrValue<T> value(T value) {
        return new PromiseOrValue<>(null, value);
    }

    /** Answers with whatever {@code promise} resolves to. */
    public static <T> PromiseOrValue<T> promise(Promise<T> promise) {
        return new PromiseOrValue<>(Objects.requireNonNull(promise, "promise"), null);
    }

    public boolean isPromise() {
        return promise != null;
    }

    /** The promise; only when {@link #isPromise()}. */
    public Promise<T> promise() {
        if (promise == null) {
            throw new IllegalStateException("This answer is a value, not a promise");
        }
        return promise;
    }

    /** The value; only when not {@link #isPromise()}. */
    public T value() {
        if (promise != null) {
            throw new IllegalStateException("This answer is a promise, not a value");
        }
        return value;
    }
}

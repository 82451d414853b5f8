package io.jnear.sdk;

import java.util.Objects;

/**
 * The outcome of a promise as a callback sees it: {@code Successful} with the callee's value, or
 * {@code Failed}. A callback runs whether or not the callee succeeded, so taking a
 * {@code PromiseResult<T>} rather than a bare {@code T} is how a callback gets to handle the failure
 * (for example, to undo a state change made before the call).
 */
public final class PromiseResult<T> {
    private static final PromiseResult<?> FAILED = new PromiseResult<>(false, null);

    private final boolean success;
    private final T value;

    private PromiseResult(boolean success, T value) {
        this.success = success;
        this.value = value;
    }

    public static <T> PromiseResult<T> success(T value) {
        return new PromiseResult<>(true, value);
    }

    @SuppressWarnings("unchecked")
    public static <T> PromiseResult<T> failed() {
        return (PromiseResult<T>) FAILED;
    }

    public boolean isSuccess() {
        return success;
    }

    public boolean isFailure() {
        return !success;
    }

    /** The callee's value; panics if the callee failed, so check {@link #isSuccess()} first. */
    public T value() {
        if (!success) {
            throw new ContractPanic("The promise failed, it has no value");
        }
        return value;
    }

    /** The callee's value, or {@code fallback} if it failed. */
    public T valueOr(T fallback) {
        return success ? value : fallback;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PromiseResult<?> r && success == r.success && Objects.equals(value, r.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(success, value);
    }

    @Override
    public String toString() {
        return success ? "Successful(" + value + ")" : "Failed";
    }
}

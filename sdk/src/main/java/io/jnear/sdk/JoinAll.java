package io.jnear.sdk;

import java.util.List;

/** A join of any number of promises of one result type; see {@link Promise#all(List)}. */
public final class JoinAll<T> extends Join {
    JoinAll(List<Promise<T>> members) {
        super(members);
    }

    /** Chains a callback that takes the list of results, in order. */
    public <R> Promise<R> then(CallbackAll<? super T, R> callback) {
        return then(callback.call());
    }
}

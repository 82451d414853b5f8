package io.jnear.sdk;

import java.util.List;

/** A join of two typed promises; see {@link Promise#and(Promise, Promise)}. */
public final class Join2<A, B> extends Join {
    Join2(Promise<A> a, Promise<B> b) {
        super(List.of(a, b));
    }

    /** Chains a callback that takes both results, in order. */
    public <R> Promise<R> then(Callback2<? super A, ? super B, R> callback) {
        return then(callback.call());
    }
}

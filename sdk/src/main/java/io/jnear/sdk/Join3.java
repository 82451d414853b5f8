package io.jnear.sdk;

import java.util.List;

/** A join of three typed promises; see {@link Promise#and(Promise, Promise, Promise)}. */
public final class Join3<A, B, C> extends Join {
    Join3(Promise<A> a, Promise<B> b, Promise<C> c) {
        super(List.of(a, b, c));
    }

    /** Chains a callback that takes the three results, in order. */
    public <R> Promise<R> then(Callback3<? super A, ? super B, ? super C, R> callback) {
        return then(callback.call());
    }
}

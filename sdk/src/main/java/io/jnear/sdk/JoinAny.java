package io.jnear.sdk;

import java.util.List;

/**
 * A join of any number of promises of any result types; see {@link Promise#join(Promise...)}. The callback
 * chained after it takes each result as a typed {@code @CallbackResult} ({@link #then(CallbackJoin)}), or a
 * plain method reads each with {@link Env#promiseResult(int, io.jnear.sdk.json.JsonCodec)}.
 */
public final class JoinAny extends Join {
    JoinAny(List<Promise<?>> members) {
        super(members);
    }

    /**
     * Chains a callback that takes each result as its own typed {@code @CallbackResult}, in order; the
     * processor checks that the callback's parameters match the joined promises.
     */
    public <R> Promise<R> then(CallbackJoin<R> callback) {
        return then(callback.call());
    }
}

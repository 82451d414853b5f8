package io.jnear.sdk;

import java.util.List;

/**
 * A join of any number of promises of any result types; see {@link Promise#join(Promise...)}. The method
 * chained after it reads each result, typed, with {@link Env#promiseResult(int, io.jnear.sdk.json.JsonCodec)}.
 */
public final class JoinAny extends Join {
    JoinAny(List<Promise<?>> members) {
        super(members);
    }
}

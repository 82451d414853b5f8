package io.jnear.sdk;

/**
 * A call of a callback that takes one typed {@code @CallbackResult} per promise of a {@link JoinAny} (more
 * than three, or of mixed types) and returns {@code R}. The generated dispatcher decodes each result with
 * the codec of its parameter's type.
 *
 * <p>Java's generics cannot count a join's members, so the jnear processor checks the wiring where it is
 * written: {@code Promise.join(a, b, c, d, e).then(XStub.self().onAll())} compiles only if the callback
 * takes as many results as the join has promises, each of the type its promise resolves to.
 */
public final class CallbackJoin<R> extends CallbackCall<R> {
    private CallbackJoin(Promise<R> call) {
        super(call);
    }

    /** Wraps the promise that calls the callback method; generated stubs use this. */
    public static <R> CallbackJoin<R> of(Promise<R> call) {
        return new CallbackJoin<>(call);
    }
}

package io.jnear.sdk;

import io.jnear.sdk.spi.Host;
import java.util.List;

/**
 * Promises that run independently and are awaited together: a callback chained after a join with
 * {@code then} receives all their results, in order. A join cannot carry actions and cannot be returned
 * from a method; chain a callback after it.
 */
public abstract sealed class Join extends PromiseNode permits Join2, Join3, JoinAll, JoinAny {
    private final List<Promise<?>> members;

    Join(List<? extends Promise<?>> members) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("A join needs at least one promise");
        }
        this.members = List.copyOf(members);
        for (Promise<?> p : this.members) {
            p.requireNotRetired();
            p.markConsumed();
        }
    }

    /** The joined promises, in order. */
    public List<Promise<?>> members() {
        return members;
    }

    /** Chains a plain method after the join; it reads the results through {@link Env#promiseResult}. */
    public <R> Promise<R> then(Promise<R> next) {
        next.dependOn(this);
        return next;
    }

    @Override
    final int scheduleOnce(Host host) {
        int[] indices = new int[members.size()];
        for (int i = 0; i < indices.length; i++) {
            indices[i] = members.get(i).schedule(host);
        }
        return host.promiseAnd(indices);
    }
}

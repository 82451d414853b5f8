package io.jnear.sdk;

import io.jnear.sdk.spi.Host;

/**
 * A node of the promise graph a call builds: a {@link Promise} (one receipt) or a join. Nodes are lazy
 * until the call ends; each is scheduled once and remembers its host index.
 */
public abstract sealed class PromiseNode permits Promise, Join {
    boolean consumed;
    private int index = -1;

    PromiseNode() {
        HostBinding.register(this);
    }

    final int schedule(Host host) {
        if (index < 0) {
            index = scheduleOnce(host);
        }
        return index;
    }

    final boolean isScheduled() {
        return index >= 0;
    }

    abstract int scheduleOnce(Host host);

    final void markConsumed() {
        if (isScheduled()) {
            throw new IllegalStateException("This promise is already scheduled; chain it before returning it");
        }
        consumed = true;
    }
}

package io.jnear.server.node;

/**
 * When the node produces blocks: {@link OnDemand} as soon as transactions wait (every client call
 * returns in one request), or {@link Timed} every {@code millis} like a neard sandbox.
 */
public sealed interface BlockProduction {

    record OnDemand() implements BlockProduction {
    }

    record Timed(long millis) implements BlockProduction {
        public Timed {
            if (millis <= 0) {
                throw new IllegalArgumentException("--block-time must be positive, got " + millis);
            }
        }
    }
}

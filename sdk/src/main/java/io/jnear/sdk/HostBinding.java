package io.jnear.sdk;

import io.jnear.sdk.spi.Host;
import java.util.ArrayList;
import java.util.List;

/**
 * Binds {@link Env} to the call the sandbox is executing on this thread, and schedules the promises the
 * call built. Used by the runtime and by the metering the sandbox inserts into contract code; contract code
 * itself may not name this class (the sandbox refuses it at deploy), and only whoever bound a call can
 * unbind it ({@link Call#close()}).
 *
 * <p>Promises are lazy: building one records it here. When the call returns normally, the runtime calls
 * {@link #schedulePending()}, which hands every promise not consumed by another ({@code then},
 * {@code and}) to the host in creation order, the way near-sdk schedules a promise when it is dropped.
 */
public final class HostBinding {
    private static final ThreadLocal<Frame> CURRENT = new ThreadLocal<>();

    /**
     * The last frame entered and its thread: metered code asks for the current frame at every basic block,
     * and one volatile read plus a thread comparison is cheaper than a thread-local lookup. Other threads
     * (several sandboxes in parallel) fall back to the thread-local.
     */
    private record Owner(Thread thread, Frame frame) {
    }

    private static volatile Owner owner;

    private static Frame current() {
        Owner o = owner;
        if (o != null && o.thread == Thread.currentThread()) {
            return o.frame;
        }
        return CURRENT.get();
    }

    /** Instructions counted before they are charged to the host in one go. */
    private static final long OPS_PER_CHARGE = 1_000;

    /**
     * The most instructions one charge passes on: far beyond any call's gas (300 Tgas is 3.6·10^8
     * instructions), small enough that the host's gas arithmetic cannot overflow.
     */
    private static final long MAX_OPS_PER_CHARGE = 1L << 40;

    private static final class Frame {
        final Host host;
        final List<PromiseNode> created = new ArrayList<>();
        long uncharged;
        long allocated;
        int depth;
        java.util.IdentityHashMap<Object, Integer> identities;

        Frame(Host host) {
            this.host = host;
        }
    }

    private HostBinding() {
    }

    /** A bound call: closing it unbinds it, and only the code that bound the call holds it. */
    public static final class Call implements AutoCloseable {
        private final Frame frame;

        private Call(Frame frame) {
            this.frame = frame;
        }

        /** Unbinds the call (if it is still the one bound on this thread). */
        @Override
        public void close() {
            if (CURRENT.get() == frame) {
                // set(null), not remove(): a later get() on this thread then finds the entry instead of creating it
                CURRENT.set(null);
            }
            Owner o = owner;
            if (o != null && o.frame == frame) {
                owner = null;
            }
        }
    }

    /** Binds {@code host} for the call that is about to run on this thread; close the result to unbind it. */
    public static Call enter(Host host) {
        Frame frame = new Frame(host);
        CURRENT.set(frame);
        owner = new Owner(Thread.currentThread(), frame);
        return new Call(frame);
    }

    /** Schedules every promise built during the call that no other promise consumed. */
    public static void schedulePending() {
        Frame frame = current();
        if (frame == null) {
            return;
        }
        // scheduling may not create new nodes, but index-based iteration keeps this safe if it ever does
        for (int i = 0; i < frame.created.size(); i++) {
            PromiseNode node = frame.created.get(i);
            if (!node.consumed) {
                node.schedule(frame.host);
            }
        }
    }

    /** Counts executed contract instructions, charging the host in batches; a negative count fails the call. */
    public static void chargeOps(long ops) {
        Frame frame = current();
        if (frame != null) {
            count(frame, ops);
        }
    }

    private static void count(Frame frame, long ops) {
        if (ops < 0) {
            frame.host.fail("Gas charges cannot be negative");
        }
        // saturating: uncharged stays below a batch, so only a charge near the cap can overflow the sum
        frame.uncharged = ops >= MAX_OPS_PER_CHARGE ? MAX_OPS_PER_CHARGE
                : Math.min(frame.uncharged + ops, MAX_OPS_PER_CHARGE);
        if (frame.uncharged >= OPS_PER_CHARGE) {
            charge(frame);
        }
    }

    /** Charges the instructions counted since the last batch; the runtime calls it when a call returns. */
    public static void flushOps() {
        Frame frame = current();
        if (frame != null && frame.uncharged > 0) {
            charge(frame);
        }
    }

    private static void charge(Frame frame) {
        long batch = frame.uncharged;
        frame.uncharged = 0;
        frame.host.chargeOps(batch);
    }

    /**
     * Counts bytes allocated by contract code (arrays, and what JDK methods allocate for it) against the
     * per-call memory limit.
     */
    public static void allocate(long bytes) {
        Frame frame = current();
        if (frame == null) {
            return;
        }
        if (bytes < 0) {
            frame.host.fail("Allocations cannot be negative");
        }
        frame.allocated = frame.allocated + bytes < 0 ? Long.MAX_VALUE : frame.allocated + bytes;
        if (frame.allocated > io.jnear.sdk.spi.Meter.MEMORY_LIMIT_BYTES) {
            frame.host.fail("Exceeded the memory limit: contract code allocated more than "
                    + io.jnear.sdk.spi.Meter.MEMORY_LIMIT_BYTES / (1024 * 1024) + " MiB in one call");
        }
        // allocation is work: one instruction per 64 bytes
        count(frame, bytes >> 6);
    }

    /**
     * Enters a metered contract method and counts {@code ops} instructions (those of its first block); fails
     * the call when methods nest deeper than {@code maxDepth}.
     */
    public static void enterMethod(int maxDepth, long ops) {
        Frame frame = current();
        if (frame == null) {
            return;
        }
        if (++frame.depth > maxDepth) {
            tooDeep(frame, maxDepth);
        }
        count(frame, ops);
    }

    private static void tooDeep(Frame frame, int maxDepth) {
        // no string concatenation: linking its call site the first time needs more stack than is left this deep
        frame.host.fail(new StringBuilder("Exceeded the maximum call depth: contract methods nested more than ")
                .append(maxDepth).append(" deep").toString());
    }

    /** How deeply metered contract methods are nested now (0 outside a call). */
    public static int callDepth() {
        Frame frame = current();
        return frame == null ? 0 : frame.depth;
    }

    /** Leaves a metered contract method, normally or by an exception. */
    public static void leaveMethod() {
        Frame frame = current();
        if (frame != null) {
            frame.depth--;
        }
    }

    /**
     * A hash code for an object whose class keeps {@code Object}'s identity hash: 1, 2, 3, … in the order
     * the call first asks, so it is the same on every run; outside a call, the JVM's own.
     */
    public static int identityHash(Object o) {
        Frame frame = current();
        if (frame == null) {
            return System.identityHashCode(o);
        }
        if (frame.identities == null) {
            frame.identities = new java.util.IdentityHashMap<>();
        }
        return frame.identities.computeIfAbsent(o, k -> frame.identities.size() + 1);
    }

    /** Fails the current call with {@code message}; outside a call, throws an IllegalStateException. */
    public static void fail(String message) {
        Frame frame = current();
        if (frame == null) {
            throw new IllegalStateException(message);
        }
        frame.host.fail(message);
    }

    /** True while a contract call runs on this thread. */
    public static boolean isBound() {
        return current() != null;
    }

    static Host host() {
        Frame frame = current();
        if (frame == null) {
            throw new IllegalStateException(
                    "Env is only available while a contract method runs in the sandbox");
        }
        return frame.host;
    }

    static void register(PromiseNode node) {
        Frame frame = current();
        if (frame != null) {
            frame.created.add(node);
        }
    }

    static int schedule(PromiseNode node) {
        return node.schedule(host());
    }
}

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
    /** Where a thread's bound call is kept: a slot per thread, so unbinding needs no thread-local lookup. */
    private static final class Slot {
        final Thread thread;
        Call call;

        Slot(Thread thread) {
            this.thread = thread;
        }
    }

    private static final ThreadLocal<Slot> SLOT = new ThreadLocal<>() {
        @Override
        protected Slot initialValue() {
            return new Slot(Thread.currentThread());
        }
    };

    /**
     * The slot of the thread that bound a call last: a sandbox binds every call on its one thread, which
     * then finds its slot here rather than by a thread-local lookup. (It keeps that thread reachable until
     * another binds a call: one object, of a thread whose calls are all closed.)
     */
    private static volatile Slot lastSlot;

    /**
     * The last call entered: metered code asks for the current call at every basic block, and one volatile
     * read plus a comparison with the call's thread is cheaper than a thread-local lookup. Other threads
     * (several sandboxes in parallel) fall back to their thread's slot.
     */
    private static volatile Call owner;

    private static Call current() {
        Call call = owner;
        if (call != null && call.thread == Thread.currentThread()) {
            return call;
        }
        return SLOT.get().call;
    }

    /** Instructions counted before they are charged to the host in one go. */
    private static final long OPS_PER_CHARGE = 1_000;

    /**
     * The most instructions one charge passes on: far beyond any call's gas (300 Tgas is 3.6·10^8
     * instructions), small enough that the host's gas arithmetic cannot overflow.
     */
    private static final long MAX_OPS_PER_CHARGE = 1L << 40;

    private HostBinding() {
    }

    /**
     * A bound call and what it counts: closing it unbinds it, and only the code that bound the call holds
     * it. One object per call, since every contract call binds one.
     */
    public static final class Call implements AutoCloseable {
        private final Host host;
        private final Thread thread;
        private final Slot slot;
        /** The promises built during the call, in creation order; created with the first. */
        private List<PromiseNode> created;
        private long uncharged;
        private long allocated;
        private int depth;
        private java.util.IdentityHashMap<Object, Integer> identities;

        private Call(Host host, Thread thread, Slot slot) {
            this.host = host;
            this.thread = thread;
            this.slot = slot;
        }

        /** Unbinds the call (if it is still the one bound on its thread). */
        @Override
        public void close() {
            if (slot.call == this) {
                slot.call = null;
            }
            if (owner == this) {
                owner = null;
            }
        }
    }

    /** Binds {@code host} for the call that is about to run on this thread; close the result to unbind it. */
    public static Call enter(Host host) {
        Thread thread = Thread.currentThread();
        Slot slot = lastSlot;
        if (slot == null || slot.thread != thread) {
            slot = SLOT.get();
            lastSlot = slot;
        }
        Call call = new Call(host, thread, slot);
        slot.call = call;
        owner = call;
        return call;
    }

    /** Schedules every promise built during the call that no other promise consumed. */
    public static void schedulePending() {
        Call call = current();
        if (call == null || call.created == null) {
            return;
        }
        // scheduling may not create new nodes, but index-based iteration keeps this safe if it ever does
        for (int i = 0; i < call.created.size(); i++) {
            PromiseNode node = call.created.get(i);
            if (!node.consumed) {
                node.schedule(call.host);
            }
        }
    }

    /** Counts executed contract instructions, charging the host in batches; a negative count fails the call. */
    public static void chargeOps(long ops) {
        Call call = current();
        if (call != null) {
            count(call, ops);
        }
    }

    /**
     * Counts {@code ops} instructions' worth of work in the call {@code call} (null outside a call), as
     * {@link #chargeOps(long)} does in the current one.
     */
    public static void chargeOps(Call call, long ops) {
        if (call != null) {
            count(call, ops);
        }
    }

    /**
     * Counts the {@code ops} instructions of a block of contract code in the call {@code call} (null outside
     * a call), which the method's {@link #enterMethod} returned: the method finds its call once, not at
     * every block.
     */
    public static void chargeBlock(Call call, int ops) {
        if (call == null) {
            return;
        }
        if (ops < 0) {
            call.host.fail("Gas charges cannot be negative");
        }
        // uncharged stays below a batch, so adding an int can neither overflow nor pass the cap
        long uncharged = call.uncharged + ops;
        call.uncharged = uncharged;
        if (uncharged >= OPS_PER_CHARGE) {
            charge(call);
        }
    }

    private static void count(Call call, long ops) {
        if (ops < 0) {
            call.host.fail("Gas charges cannot be negative");
        }
        // saturating: uncharged stays below a batch, so only a charge near the cap can overflow the sum
        call.uncharged = ops >= MAX_OPS_PER_CHARGE ? MAX_OPS_PER_CHARGE
                : Math.min(call.uncharged + ops, MAX_OPS_PER_CHARGE);
        if (call.uncharged >= OPS_PER_CHARGE) {
            charge(call);
        }
    }

    /** Charges the instructions counted since the last batch; the runtime calls it when a call returns. */
    public static void flushOps() {
        Call call = current();
        if (call != null && call.uncharged > 0) {
            charge(call);
        }
    }

    private static void charge(Call call) {
        long batch = call.uncharged;
        call.uncharged = 0;
        call.host.chargeOps(batch);
    }

    /**
     * Counts bytes allocated by contract code (arrays, and what JDK methods allocate for it) against the
     * per-call memory limit.
     */
    public static void allocate(long bytes) {
        allocate(current(), bytes);
    }

    /** Counts {@code bytes} allocated by contract code in {@code call} (null outside a call), as {@link #allocate(long)}. */
    public static void allocate(Call call, long bytes) {
        if (call == null) {
            return;
        }
        if (bytes < 0) {
            call.host.fail("Allocations cannot be negative");
        }
        call.allocated = call.allocated + bytes < 0 ? Long.MAX_VALUE : call.allocated + bytes;
        if (call.allocated > io.jnear.sdk.spi.Meter.MEMORY_LIMIT_BYTES) {
            call.host.fail("Exceeded the memory limit: contract code allocated more than "
                    + io.jnear.sdk.spi.Meter.MEMORY_LIMIT_BYTES / (1024 * 1024) + " MiB in one call");
        }
        // allocation is work: one instruction per 64 bytes
        count(call, bytes >> 6);
    }

    /**
     * Enters a metered contract method and counts {@code ops} instructions (those of its first block); fails
     * the call when methods nest deeper than {@code maxDepth}. Returns the call (null outside one), which the
     * method's later charges and its leave are given.
     */
    public static Call enterMethod(int maxDepth, int ops) {
        Call call = current();
        if (call == null) {
            return null;
        }
        if (++call.depth > maxDepth) {
            tooDeep(call, maxDepth);
        }
        chargeBlock(call, ops);
        return call;
    }

    private static void tooDeep(Call call, int maxDepth) {
        // no string concatenation: linking its call site the first time needs more stack than is left this deep
        call.host.fail(new StringBuilder("Exceeded the maximum call depth: contract methods nested more than ")
                .append(maxDepth).append(" deep").toString());
    }

    /** How deeply metered contract methods are nested now (0 outside a call). */
    public static int callDepth() {
        Call call = current();
        return call == null ? 0 : call.depth;
    }

    /** Leaves a metered contract method, normally or by an exception. */
    public static void leaveMethod() {
        leaveMethod(current());
    }

    /** Leaves a metered contract method of {@code call} (null outside a call), the one its entry returned. */
    public static void leaveMethod(Call call) {
        if (call != null) {
            call.depth--;
        }
    }

    /**
     * A hash code for an object whose class keeps {@code Object}'s identity hash: 1, 2, 3, … in the order
     * the call first asks, so it is the same on every run; outside a call, the JVM's own.
     */
    public static int identityHash(Object o) {
        Call call = current();
        if (call == null) {
            return System.identityHashCode(o);
        }
        if (call.identities == null) {
            call.identities = new java.util.IdentityHashMap<>();
        }
        return call.identities.computeIfAbsent(o, k -> call.identities.size() + 1);
    }

    /** Fails the current call with {@code message}; outside a call, throws an IllegalStateException. */
    public static void fail(String message) {
        Call call = current();
        if (call == null) {
            throw new IllegalStateException(message);
        }
        call.host.fail(message);
    }

    /** True while a contract call runs on this thread. */
    public static boolean isBound() {
        return current() != null;
    }

    static Host host() {
        Call call = current();
        if (call == null) {
            throw new IllegalStateException(
                    "Env is only available while a contract method runs in the sandbox");
        }
        return call.host;
    }

    static void register(PromiseNode node) {
        Call call = current();
        if (call != null) {
            if (call.created == null) {
                call.created = new ArrayList<>();
            }
            call.created.add(node);
        }
    }

    static int schedule(PromiseNode node) {
        return node.schedule(host());
    }
}

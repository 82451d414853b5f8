package io.jnear.wasm.vm;

/**
 * A thread with a stack deep enough for the deepest recursion nearcore's stack budget admits (4,096 of
 * the smallest Wasm frames, each a few JVM frames), so a Wasm call on it fails deep recursion with
 * nearcore's error and never with the JVM's {@link StackOverflowError}, whatever {@code -Xss} the JVM was
 * given.
 *
 * <p>{@link WasmCodeRunner} runs a Wasm call on the calling thread when that is an engine thread, and
 * otherwise hands it to one of its own engine threads and waits: the size of another thread's stack
 * cannot be known, and a call that overflowed it would fail where nearcore's succeeds. Code that drives a
 * sandbox through many Wasm calls (a node's loop, a load test) saves that hand-off per call by running on
 * an engine thread itself:
 *
 * <pre>{@code
 * Thread node = new EngineThread(() -> sandbox.account(alice).call(token, "ft_transfer", args), "node");
 * node.start();
 * }</pre>
 *
 * <p>The stack is reserved address space; the operating system commits only the pages a call touches.
 */
public final class EngineThread extends Thread {
    /** Room for the deepest recursion nearcore's budget admits, with a wide margin for larger JVM frames. */
    static final long STACK_BYTES = 512L * 1024 * 1024;

    /** A new, unstarted engine thread that runs {@code task}. */
    public EngineThread(Runnable task, String name) {
        super(null, task, name, STACK_BYTES);
    }

    /** Whether the calling thread is an engine thread. */
    public static boolean isCurrent() {
        return Thread.currentThread() instanceof EngineThread;
    }
}

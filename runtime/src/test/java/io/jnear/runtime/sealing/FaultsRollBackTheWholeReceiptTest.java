package io.jnear.runtime.sealing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnear.runtime.Account;
import io.jnear.runtime.ExecutionResult;
import io.jnear.runtime.Sandbox;
import io.jnear.runtime.isolated.Compute;
import io.jnear.sdk.Env;
import io.jnear.sdk.Gas;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.spi.ContractCode;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A JVM error anywhere in a receipt, in host code included, fails that receipt as a whole: nothing it
 * wrote, burnt or moved stays behind, conservation holds, and the chain keeps producing blocks.
 */
class FaultsRollBackTheWholeReceiptTest {
    private static final byte[] VALUE = new byte[37];

    /** Recurses {@code padding} frames, then writes storage at every level until the stack overflows. */
    private static ContractCode diver() {
        return ContractCode.of("diver", "diver".getBytes(StandardCharsets.UTF_8), () -> method -> {
            pad(Integer.parseInt(new String(Env.input(), StandardCharsets.UTF_8).trim()));
            return true;
        });
    }

    private static void pad(int padding) {
        if (padding > 0) {
            pad(padding - 1);
        } else {
            dive(0);
        }
    }

    private static void dive(int depth) {
        Env.storageWrite(("k" + depth).getBytes(StandardCharsets.UTF_8), VALUE);
        dive(depth + 1);
    }

    /** Runs {@code call} on a thread with a small stack, so the stack overflows long before the gas runs out. */
    private static <T> T onSmallStack(Supplier<T> call) {
        return onStack(192 * 1024, call);
    }

    private static <T> T onStack(long stackBytes, Supplier<T> call) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                result.set(call.get());
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "small-stack", stackBytes);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (failure.get() != null) {
            throw new AssertionError("the sandbox threw", failure.get());
        }
        return result.get();
    }

    @Test
    void aStackOverflowWhereverItLandsLeavesNoHalfAppliedReceipt() {
        Sandbox sandbox = Sandbox.create();
        Account alice = sandbox.createAccount("alice.test.near", NearToken.near(100));
        Account diver = sandbox.deploy("diver.test.near", diver(), null);
        Account compute = sandbox.deploy("compute.test.near", Compute.class);
        long storage = diver.storageUsage();
        for (int padding = 0; padding < 40; padding++) {
            String args = Integer.toString(padding);
            ExecutionResult<String> r = onSmallStack(
                    () -> alice.call(diver.id(), "dive", args, NearToken.ZERO, Gas.tgas(300)));
            assertEquals("Smart contract panicked: stack overflow", r.failureText(), "padding " + padding);
            assertEquals(storage, diver.storageUsage(), "no storage entry stays behind");
            assertEquals(0, sandbox.viewState(diver.id()).size());
            sandbox.checkConservation();
        }
        sandbox.produceBlock();
        assertEquals("24", alice.call(compute.id(), "sum", "10", NearToken.ZERO, Gas.tgas(10)).value());
        sandbox.checkConservation();
    }

    @Test
    void contractCodeCannotCatchAStackOverflowAndCommitHalfAWrite() {
        Sandbox sandbox = Sandbox.create();
        Account alice = sandbox.createAccount("alice.test.near", NearToken.near(100));
        int overflowed = 0;
        for (long stack = 64 * 1024; stack <= 512 * 1024; stack += 16 * 1024) {
            Account catcher = sandbox.deploy("c" + stack + ".test.near", Fixtures.named("CatchesStackOverflow"));
            long storage = catcher.storageUsage();
            ExecutionResult<String> r = onStack(stack,
                    () -> alice.call(catcher.id(), "run", "", NearToken.ZERO, Gas.tgas(300)));
            if (r.isFailure()) {
                overflowed++;
                assertEquals("Smart contract panicked: stack overflow", r.failureText(), "stack " + stack);
                assertEquals(storage, catcher.storageUsage(), "no storage entry stays behind");
                assertEquals(0, sandbox.viewState(catcher.id()).size());
            } else {
                assertEquals("\"990\"", r.value(), "stack " + stack);
                assertEquals(991, sandbox.viewState(catcher.id()).size());
            }
            sandbox.checkConservation();
        }
        assertTrue(overflowed > 0, "some stacks were too small for the recursion");
        sandbox.produceBlock();
        sandbox.checkConservation();
    }
}

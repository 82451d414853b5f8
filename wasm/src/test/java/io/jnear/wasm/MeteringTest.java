package io.jnear.wasm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnear.runtime.Account;
import io.jnear.runtime.ExecutionResult;
import io.jnear.runtime.Sandbox;
import io.jnear.runtime.ViewCallException;
import io.jnear.sdk.Gas;
import io.jnear.sdk.NearToken;
import io.jnear.wasm.vm.EngineThread;
import java.io.ByteArrayOutputStream;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Instruction metering, limits and memory, on hand-assembled modules whose instructions we can count. */
class MeteringTest {
    private static final long REGULAR_OP = 822_756L;
    // action_receipt_creation + function_call execution fees, and function_call's per byte of name + args
    private static final long RECEIPT_AND_CALL_EXECUTION = 108_059_500_000L + 780_000_000_000L;
    private static final long CALL_PER_BYTE = 2_235_934L;

    private final Sandbox sandbox = Sandbox.create();
    private final Account alice = sandbox.createAccount("alice.test.near", NearToken.near(10));

    private Account deploy(TinyModule module) {
        return sandbox.deployWasm("tiny.test.near", module.bytes());
    }

    private static long callGas(ExecutionResult<?> r) {
        return r.receiptOutcomes().get(0).gasBurnt();
    }

    @Test
    void anEmptyMethodCostsItsFeesAndLoadingTheCode() {
        byte[] module = new TinyModule().function("a").bytes();
        Account tiny = sandbox.deployWasm("tiny.test.near", module);
        long loading = 35_445_963L + 1_089_295L * module.length; // contract_loading_base + _bytes × size
        long prologue = 64 / 8 * REGULAR_OP; // nearcore's frame charge: one op per 8 bytes of a 64-byte activation
        assertEquals(RECEIPT_AND_CALL_EXECUTION + CALL_PER_BYTE * "a{}".length() + loading + prologue,
                callGas(alice.call(tiny.id(), "a", "{}")));
    }

    @Test
    void everyInstructionCostsRegularOpCost() {
        int nop = 0x01;
        Account tiny = deploy(new TinyModule().function("a").function("b", nop, nop, nop, nop, nop, nop, nop, nop, nop, nop));
        long empty = callGas(alice.call(tiny.id(), "a", "{}"));
        long tenNops = callGas(alice.call(tiny.id(), "b", "{}"));
        assertEquals(10 * REGULAR_OP, tenNops - empty);
    }

    @Test
    void anEndlessLoopBurnsAllPrepaidGasAndFails() {
        Account tiny = deploy(new TinyModule().function("spin", 0x03, 0x40, 0x0C, 0x00, 0x0B));
        ExecutionResult<String> r = alice.call(tiny.id(), "spin", "{}", NearToken.ZERO, Gas.tgas(10));
        assertEquals("Exceeded the prepaid gas.", r.failureText());
        assertEquals(Gas.tgas(10).asGas() + RECEIPT_AND_CALL_EXECUTION + CALL_PER_BYTE * "spin{}".length(), callGas(r));
        sandbox.checkConservation();
    }

    @Test
    void anEndlessLoopInAViewHitsTheMaximumGasBurnt() {
        Account tiny = deploy(new TinyModule().function("spin", 0x03, 0x40, 0x0C, 0x00, 0x0B));
        ViewCallException e = assertThrows(ViewCallException.class, () -> sandbox.viewJson(tiny.id(), "spin", "{}"));
        // a view's prepaid gas is the per-call maximum: both limits are crossed at once, and nearcore names the maximum
        assertEquals("tiny.test.near.spin failed: Exceeded the maximum amount of gas allowed to burn per contract.",
                e.getMessage());
    }

    @Test
    void theStartFunctionRunsUnderTheCallsGas() {
        Account tiny = deploy(new TinyModule().function(null, 0x03, 0x40, 0x0C, 0x00, 0x0B).function("f").start(0));
        ExecutionResult<String> r = alice.call(tiny.id(), "f", "{}", NearToken.ZERO, Gas.tgas(5));
        assertEquals("Exceeded the prepaid gas.", r.failureText());
    }

    @Test
    void endlessRecursionIsAStackOverflowWhateverTheCallersStack() throws InterruptedException {
        Account tiny = deploy(new TinyModule().function("recurse", 0x10, 0x00));
        AtomicReference<String> failure = new AtomicReference<>();
        // a caller with a small thread stack: the Wasm call runs on the runner's own threads
        Thread small = new Thread(null, () -> failure.set(alice.call(tiny.id(), "recurse", "{}").failureText()),
                "small-stack", 256 * 1024);
        small.start();
        small.join();
        assertEquals("Accessed memory outside the bounds.", failure.get()); // nearcore's MemoryAccessViolation
    }

    @Test
    void endlessRecursionOnAnEngineThreadFailsTheSameWayWithoutAHandOff() throws InterruptedException {
        Account tiny = deploy(new TinyModule().function("recurse", 0x10, 0x00));
        AtomicReference<String> failure = new AtomicReference<>();
        Thread engine = new EngineThread(() -> failure.set(alice.call(tiny.id(), "recurse", "{}").failureText()),
                "engine");
        engine.start();
        engine.join();
        assertEquals("Accessed memory outside the bounds.", failure.get());
    }

    /**
     * down(n: i64) { if n == 0 return; down(n − 1) } reserves 64 + 8 (its i64 parameter) activation bytes
     * plus 16 operand bytes (n and 1 before the subtraction) = 88; the exported caller reserves 64 + 8 (the
     * i64 argument) = 72. nearcore's budget is max_stack_height = 262,144 bytes, so after the caller
     * ⌊(262,144 − 72) / 88⌋ = 2,978 frames of down fit: down(2977) (2,978 frames) returns, down(2978) traps.
     */
    @Test
    void recursionFailsAtTheDepthNearcoresStackBudgetAllows() {
        int[] down = {0x20, 0, 0x50, 0x0D, 0, 0x20, 0, 0x42, 1, 0x7D, 0x10, 0}; // local.get 0; i64.eqz; br_if 0; …; call 0
        ByteArrayOutputStream ok = new ByteArrayOutputStream();
        ok.write(0x42);
        TinyModule.sleb(ok, 2977);
        ByteArrayOutputStream deep = new ByteArrayOutputStream();
        deep.write(0x42);
        TinyModule.sleb(deep, 2978);
        Account tiny = deploy(new TinyModule().type(1, false).typedFunction(null, 3, down)
                .function("ok", ints(ok.toByteArray(), 0x10, 0)).function("deep", ints(deep.toByteArray(), 0x10, 0)));
        assertEquals(null, alice.call(tiny.id(), "ok", "{}").failureText());
        assertEquals("Accessed memory outside the bounds.", alice.call(tiny.id(), "deep", "{}").failureText());
        // the budget is refilled for every call
        assertEquals(null, alice.call(tiny.id(), "ok", "{}").failureText());
    }

    /**
     * Each call's prologue charges one regular op per 8 bytes of its activation. down(1) is down(0) plus one
     * more frame of down, which runs all 7 of its instructions (down(0) leaves after the first 3) and
     * whose 72-byte activation costs 9 ops: 16 ops more in all.
     */
    @Test
    void everyCallPaysForItsActivation() {
        int[] down = {0x20, 0, 0x50, 0x0D, 0, 0x20, 0, 0x42, 1, 0x7D, 0x10, 0};
        Account tiny = deploy(new TinyModule().type(1, false).typedFunction(null, 3, down)
                .function("one", 0x42, 0, 0x10, 0).function("two", 0x42, 1, 0x10, 0));
        long downOfZero = callGas(alice.call(tiny.id(), "one", "{}"));
        long downOfOne = callGas(alice.call(tiny.id(), "two", "{}"));
        assertEquals((9 + 7) * REGULAR_OP, downOfOne - downOfZero);
    }

    private static int[] ints(byte[] prefix, int... rest) {
        int[] all = new int[prefix.length + rest.length];
        for (int i = 0; i < prefix.length; i++) {
            all[i] = prefix[i] & 0xff;
        }
        System.arraycopy(rest, 0, all, prefix.length, rest.length);
        return all;
    }

    @Test
    void memoryIsNearsStandardMemory() {
        // i32.const 0; memory.size; i32.store; value_return(4, 0)
        int[] size = {0x41, 0, 0x3F, 0, 0x36, 2, 0, 0x42, 4, 0x42, 0, 0x10, 0};
        // i32.const 0; i32.const 1024; memory.grow; i32.store; value_return(4, 0)
        int[] grow1024 = {0x41, 0, 0x41, 0x80, 0x08, 0x40, 0, 0x36, 2, 0, 0x42, 4, 0x42, 0, 0x10, 0};
        // i32.const 0; i32.const 1025; memory.grow; i32.store; value_return(4, 0)
        int[] grow1025 = {0x41, 0, 0x41, 0x81, 0x08, 0x40, 0, 0x36, 2, 0, 0x42, 4, 0x42, 0, 0x10, 0};
        Account tiny = deploy(new TinyModule().importFunction("env", "value_return", 1)
                .function("size", size).function("grow1024", grow1024).function("grow1025", grow1025));
        assertEquals("\u0000\u0004\u0000\u0000", sandbox.viewJson(tiny.id(), "size", "{}")); // 1,024 pages
        assertEquals("\u0000\u0004\u0000\u0000", sandbox.viewJson(tiny.id(), "grow1024", "{}")); // was 1,024, now 2,048
        assertEquals("\uFFFD\uFFFD\uFFFD\uFFFD", sandbox.viewJson(tiny.id(), "grow1025", "{}")); // -1: past 2,048
    }

    @Test
    void everyCallStartsFromTheModulesMemoryAgain() {
        // i32.const 100; i32.const 100; i32.load; i32.const 1; i32.add; i32.store; value_return(4, 100)
        int[] bump = {0x41, 0xE4, 0, 0x41, 0xE4, 0, 0x28, 2, 0, 0x41, 1, 0x6A, 0x36, 2, 0, 0x42, 4, 0x42, 0xE4, 0, 0x10, 0};
        Account tiny = deploy(new TinyModule().importFunction("env", "value_return", 1).function("bump", bump));
        assertEquals("\u0001\u0000\u0000\u0000", alice.call(tiny.id(), "bump", "{}").json());
        assertEquals("\u0001\u0000\u0000\u0000", alice.call(tiny.id(), "bump", "{}").json());
    }
}

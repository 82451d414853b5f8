package io.jnear.wasm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jnear.runtime.Account;
import io.jnear.runtime.ExecutionResult;
import io.jnear.runtime.Sandbox;
import io.jnear.sdk.NearToken;
import io.jnear.wasm.prepare.WasmFeatures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bulk memory operations, which protocol 84 and later accept: nearcore charges each
 * {@code wasm_linear_op_base_cost} (26,328,192) plus {@code wasm_linear_op_unit_cost} (822,756) per byte,
 * instead of one regular instruction. Surefire runs this class in its own JVM with the engine set to
 * protocol 84's features (see the module's POM).
 */
class BulkMemoryMeteringTest {
    private static final long REGULAR_OP = 822_756L;
    private static final long LINEAR_BASE = 26_328_192L;
    private static final long LINEAR_UNIT = 822_756L;

    private final Sandbox sandbox = Sandbox.create();
    private final Account alice = sandbox.createAccount("alice.test.near", NearToken.near(10));

    @BeforeAll
    static void engineAcceptsBulkMemory() {
        assertEquals("protocol84-wasmtime", System.getProperty(WasmFeatures.SETTING),
                "run through Maven: the surefire execution for this class sets the features");
    }

    private static long callGas(ExecutionResult<?> r) {
        return r.receiptOutcomes().get(0).gasBurnt();
    }

    /** i32.const 0; i32.const 7; i32.const n; memory.fill 0 (n &lt; 64). */
    private static int[] fill(int n) {
        return new int[] {0x41, 0, 0x41, 7, 0x41, n, 0xFC, 0x0B, 0x00};
    }

    /** i32.const 100; i32.const 0; i32.const n; memory.copy 0 0 (n &lt; 64). */
    private static int[] copy(int n) {
        return new int[] {0x41, 0xE4, 0x00, 0x41, 0, 0x41, n, 0xFC, 0x0A, 0x00, 0x00};
    }

    @Test
    void memoryFillCostsTheLinearBaseAndOneUnitPerByteInsteadOfAnInstruction() {
        Account tiny = sandbox.deployWasm("bulk.test.near", new TinyModule().function("empty")
                .function("fill0", fill(0)).function("fill50", fill(50)).bytes());
        long empty = callGas(alice.call(tiny.id(), "empty", "{}"));
        long fill0 = callGas(alice.call(tiny.id(), "fill0", "{}"));
        long fill50 = callGas(alice.call(tiny.id(), "fill50", "{}"));
        long nameByte = 2_235_934L; // "fill50" is one byte longer than "fill0": one more byte of function-call fee
        assertEquals(3 * REGULAR_OP + LINEAR_BASE, fill0 - empty); // three i32.const, and the fill
        assertEquals(50 * LINEAR_UNIT + nameByte, fill50 - fill0);
    }

    @Test
    void memoryCopyIsChargedTheSameWayAndCopies() {
        // copy n bytes from 0 to 100, after filling 0..20 with 7; value_return(20, 100)
        int[] copied = {0x41, 0, 0x41, 7, 0x41, 20, 0xFC, 0x0B, 0x00,
            0x41, 0xE4, 0x00, 0x41, 0, 0x41, 20, 0xFC, 0x0A, 0x00, 0x00,
            0x42, 20, 0x42, 0xE4, 0x00, 0x10, 0};
        Account tiny = sandbox.deployWasm("bulk.test.near", new TinyModule().importFunction("env", "value_return", 1)
                .function("copy1", copy(1)).function("copy41", copy(41)).function("show", copied).bytes());
        long one = callGas(alice.call(tiny.id(), "copy1", "{}"));
        long fortyOne = callGas(alice.call(tiny.id(), "copy41", "{}"));
        assertEquals(40 * LINEAR_UNIT + 2_235_934L, fortyOne - one); // and one more byte of method name
        assertEquals("\u0007".repeat(20), alice.call(tiny.id(), "show", "{}").json());
    }
}

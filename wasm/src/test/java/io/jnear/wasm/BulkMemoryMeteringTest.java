package io.jnear.wasm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jnear.runtime.Account;
import io.jnear.runtime.ExecutionResult;
import io.jnear.runtime.Sandbox;
import io.jnear.sdk.NearToken;
import io.jnear.wasm.prepare.WasmFeatures;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bulk memory and table operations, which protocol 84 and later accept: nearcore charges each of
 * {@code memory.init/copy/fill} and {@code table.init/copy/fill} {@code wasm_linear_op_base_cost}
 * (26,328,192) plus {@code wasm_linear_op_unit_cost} (822,756) per byte or element, instead of one regular
 * instruction; {@code data.drop} and {@code elem.drop} are regular instructions. Surefire runs this class in its own JVM with the engine set to
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

    /** i32.const 0; i32.const 0; i32.const n; memory.init 0 (n &lt; 64): the first n bytes of data segment 0 to address 0. */
    private static int[] init(int n) {
        return new int[] {0x41, 0, 0x41, 0, 0x41, n, 0xFC, 0x08, 0x00, 0x00};
    }

    /** i32.const 0; i32.const 0; i32.const n; table.init 0 0 (n &lt; 64). */
    private static int[] tableInit(int n) {
        return new int[] {0x41, 0, 0x41, 0, 0x41, n, 0xFC, 0x0C, 0x00, 0x00};
    }

    /** i32.const 10; i32.const 0; i32.const n; table.copy 0 0 (n &lt; 54). */
    private static int[] tableCopy(int n) {
        return new int[] {0x41, 10, 0x41, 0, 0x41, n, 0xFC, 0x0E, 0x00, 0x00};
    }

    /** i32.const 0; ref.null func; i32.const n; table.fill 0 (n &lt; 64). */
    private static int[] tableFill(int n) {
        return new int[] {0x41, 0, 0xD0, 0x70, 0x41, n, 0xFC, 0x11, 0x00};
    }

    @Test
    void memoryInitCostsTheLinearBaseAndOneUnitPerByteAndDataDropOneInstruction() {
        byte[] segment = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWX".getBytes(StandardCharsets.US_ASCII);
        // value_return(20, 0) after initialising 0..20 from the segment
        int[] shown = {0x41, 0, 0x41, 0, 0x41, 20, 0xFC, 0x08, 0x00, 0x00, 0x42, 20, 0x42, 0, 0x10, 0};
        // names of one length, so that the function-call fee is the same for every call
        Account tiny = sandbox.deployWasm("bulk.test.near", new TinyModule().importFunction("env", "value_return", 1)
                .passiveData(segment).function("nop").function("i00", init(0)).function("i50", init(50))
                .function("drp", 0xFC, 0x09, 0x00).function("shw", shown).bytes());
        long nop = callGas(alice.call(tiny.id(), "nop", "{}"));
        long none = callGas(alice.call(tiny.id(), "i00", "{}"));
        long fifty = callGas(alice.call(tiny.id(), "i50", "{}"));
        long drop = callGas(alice.call(tiny.id(), "drp", "{}"));
        assertEquals(3 * REGULAR_OP + LINEAR_BASE, none - nop); // three i32.const, and the init
        assertEquals(50 * LINEAR_UNIT, fifty - none);
        assertEquals(REGULAR_OP, drop - nop); // data.drop has no length: prepare_v3 charges it regular_op_cost
        assertEquals("abcdefghijklmnopqrst", alice.call(tiny.id(), "shw", "{}").json());
    }

    @Test
    void tableInitCopyAndFillCostTheLinearBaseAndOneUnitPerElement() {
        int mark = 9; // the function index of "mrk" below: value_return's import is index 0
        // table.init 3..4 from the segment; table.copy 3 to 20; call_indirect 20
        int[] run = {0x41, 3, 0x41, 0, 0x41, 1, 0xFC, 0x0C, 0x00, 0x00,
            0x41, 20, 0x41, 3, 0x41, 1, 0xFC, 0x0E, 0x00, 0x00,
            0x41, 20, 0x11, 0x00, 0x00};
        Account tiny = sandbox.deployWasm("table.test.near", new TinyModule().importFunction("env", "value_return", 1)
                .table(64).passiveElements(mark, mark, mark, mark, mark)
                .data(200, "ok".getBytes(StandardCharsets.US_ASCII))
                .function("nop").function("t00", tableInit(0)).function("t05", tableInit(5))
                .function("c00", tableCopy(0)).function("c30", tableCopy(30))
                .function("f00", tableFill(0)).function("f40", tableFill(40))
                .function("edr", 0xFC, 0x0D, 0x00)
                .function("mrk", 0x42, 2, 0x42, 0xC8, 0x01, 0x10, 0) // value_return(2, 200)
                .function("run", run).bytes());
        long nop = callGas(alice.call(tiny.id(), "nop", "{}"));
        long base = 3 * REGULAR_OP + LINEAR_BASE; // three operand instructions, and the operation
        long init0 = callGas(alice.call(tiny.id(), "t00", "{}"));
        assertEquals(base, init0 - nop);
        assertEquals(5 * LINEAR_UNIT, callGas(alice.call(tiny.id(), "t05", "{}")) - init0);
        long copy0 = callGas(alice.call(tiny.id(), "c00", "{}"));
        assertEquals(base, copy0 - nop);
        assertEquals(30 * LINEAR_UNIT, callGas(alice.call(tiny.id(), "c30", "{}")) - copy0);
        long fill0 = callGas(alice.call(tiny.id(), "f00", "{}"));
        assertEquals(base, fill0 - nop); // i32.const, ref.null, i32.const
        assertEquals(40 * LINEAR_UNIT, callGas(alice.call(tiny.id(), "f40", "{}")) - fill0);
        assertEquals(REGULAR_OP, callGas(alice.call(tiny.id(), "edr", "{}")) - nop); // elem.drop: one instruction
        assertEquals("ok", alice.call(tiny.id(), "run", "{}").json()); // the operations did move the reference
    }
}

package io.jnear.wasm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnear.runtime.Account;
import io.jnear.runtime.ExecutionResult;
import io.jnear.runtime.ProtocolConfig;
import io.jnear.runtime.Sandbox;
import io.jnear.runtime.fees.ExtCost;
import io.jnear.runtime.fees.HostCosts;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.Env;
import io.jnear.sdk.Gas;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.Promise;
import io.jnear.sdk.spi.ContractCode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code input} and {@code promise_result} through the Wasm binding cost what nearcore charges at protocol 86:
 * {@code base} and {@code write_register_base} only (the bytes are shared into the register, not copied,
 * since {@code deterministic_account_ids}), whatever their length. The module reads the bytes back as
 * near-sdk does ({@code register_len}, {@code read_register}), so the figure is the one the JVM binding
 * charges for {@code Env.input()} and {@code Env.promiseResult} (runtime's {@code HostCostTest}).
 */
class SharedRegisterChargeTest {
    private static final HostCosts C = ProtocolConfig.protocol86().hostCosts();
    private static final long REGULAR_OP = 822_756L;
    // imports, all declared (i64, i64) -> () (type 1): the binding ignores a second argument it does not
    // take and the module drops the results it does not declare
    private static final int INPUT = 0;
    private static final int REGISTER_LEN = 1;
    private static final int READ_REGISTER = 2;
    private static final int PROMISE_RESULT = 3;

    private final Sandbox sandbox = Sandbox.create();
    private final Account alice = sandbox.createAccount("alice.test.near", NearToken.near(10));
    private final Account tiny = sandbox.deployWasm("tiny.test.near", module());

    private static long c(ExtCost cost) {
        return C.gas(cost);
    }

    /** {@code i64.const a; i64.const b; call f}: three instructions. */
    private static int[] call(int function, int a, int b) {
        return new int[] {0x42, a, 0x42, b, 0x10, function};
    }

    private static int[] concat(int[]... parts) {
        return java.util.Arrays.stream(parts).flatMapToInt(java.util.Arrays::stream).toArray();
    }

    private static byte[] module() {
        int[] readBack = concat(call(REGISTER_LEN, 0, 0), call(READ_REGISTER, 0, 0)); // register 0 to memory at 0
        return new TinyModule()
                .importFunction("env", "input", 1)
                .importFunction("env", "register_len", 1)
                .importFunction("env", "read_register", 1)
                .importFunction("env", "promise_result", 1)
                .function("no")
                .function("in", concat(call(INPUT, 0, 0), readBack))
                .function("pr", concat(call(PROMISE_RESULT, 0, 0), readBack))
                .bytes();
    }

    /** near-sdk's read of n bytes handed over in a register, as the runtime's HostCostTest derives it. */
    private static long sharedRead(long n) {
        return 3 * c(ExtCost.BASE) + c(ExtCost.WRITE_REGISTER_BASE)
                + c(ExtCost.READ_REGISTER_BASE) + n * c(ExtCost.READ_REGISTER_BYTE)
                + c(ExtCost.WRITE_MEMORY_BASE) + n * c(ExtCost.WRITE_MEMORY_BYTE);
    }

    private long callGas(String method, String args) {
        ExecutionResult<String> r = alice.call(tiny.id(), method, args);
        assertTrue(r.isSuccess(), r::toTree);
        return r.receiptOutcomes().get(0).gasBurnt();
    }

    @Test
    void theInputCostsWriteRegisterBaseWhateverItsLength() {
        for (int n : new int[] {2, 1000}) {
            String args = "\"" + "a".repeat(n - 2) + "\"";
            // "in" and "no" have names of one length, so their fees are equal; "in" runs nine instructions
            assertEquals(9 * REGULAR_OP + sharedRead(n), callGas("in", args) - callGas("no", args), "input of " + n);
        }
    }

    /** A JVM contract that returns n bytes to a callback on the Wasm module. */
    private static ContractCode caller(AccountId module) {
        Map<String, Runnable> methods = Map.of(
                "ret", () -> Env.valueReturn(new byte[Integer.parseInt(new String(Env.input(), StandardCharsets.UTF_8))]),
                "go", () -> {
                    String[] a = new String(Env.input(), StandardCharsets.UTF_8).split(" ");
                    Promise.create(Env.currentAccountId()).functionCall("ret", a[0], NearToken.ZERO, Gas.tgas(5))
                            .then(Promise.create(module).functionCall(a[1], "{}", NearToken.ZERO, Gas.tgas(5)));
                });
        return ContractCode.of("caller", "caller".getBytes(StandardCharsets.UTF_8), () -> method -> {
            Runnable body = methods.get(method);
            if (body != null) {
                body.run();
            }
            return body != null;
        });
    }

    private long callbackGas(Account caller, String callback, int resultBytes) {
        ExecutionResult<String> r = alice.call(caller.id(), "go", resultBytes + " " + callback);
        assertTrue(r.isSuccess(), r::toTree);
        return r.receiptOutcomes().stream().filter(o -> o.calls(callback)).findFirst().orElseThrow().gasBurnt();
    }

    @Test
    void aPromiseResultCostsWriteRegisterBaseWhateverItsLength() {
        Account caller = sandbox.deploy("caller.test.near", caller(tiny.id()), null);
        for (int n : new int[] {0, 1000}) {
            assertEquals(9 * REGULAR_OP + sharedRead(n),
                    callbackGas(caller, "pr", n) - callbackGas(caller, "no", n), "result of " + n);
        }
    }
}

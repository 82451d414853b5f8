package io.jnear.runtime.sealing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jnear.runtime.Account;
import io.jnear.runtime.Sandbox;
import io.jnear.sdk.NearToken;
import org.junit.jupiter.api.Test;

/**
 * HotSpot 17 gives {@code Math.abs(float)} of a negative NaN back as it came when interpreted or compiled by
 * C1 and with its sign bit cleared when compiled by C2 ({@code StrictMath.abs} and {@code Math.ulp} call it),
 * and C2's {@code max} and {@code min} of two NaNs return another operand than the library's code: contract
 * code gets one answer in every mode, the sign bit cleared by raw bits and the first NaN operand.
 */
class NaNSignsDoNotDependOnTheJitTest {
    // abs(-NaN) float, StrictMath.abs, abs(-NaN) double, max(g, f), min(f, g), max(e, d), min(d, e), ulp(f)
    private static final String BITS = "\"7fc00001 7fc00001 7ff8000000000001 7fc00002 ffc00001 7ff8000000000002"
            + " fff8000000000001 7fc00001 | 0\"";

    @Test
    void theBitsAreTheSameColdAndAfterC2CompiledThemInOneCallAndAcrossCalls() {
        Sandbox sandbox = Sandbox.create();
        Account alice = sandbox.createAccount("alice.test.near", NearToken.near(10));
        Account contract = sandbox.deploy("nan.test.near", Fixtures.named("NaNSignsWarm"));
        for (int call = 0; call < 4; call++) {
            assertEquals(BITS, alice.call(contract.id(), "run", "").value(), "call " + call);
        }
    }
}

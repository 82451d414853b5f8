package io.jnear.samples.crypto;

import static io.jnear.runtime.crypto.bn254.AltBn128Vectors.P1;
import static io.jnear.runtime.crypto.bn254.AltBn128Vectors.le;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnear.runtime.Account;
import io.jnear.runtime.ExecutionResult;
import io.jnear.runtime.Sandbox;
import io.jnear.runtime.outcome.CostGasUsed;
import io.jnear.samples.testing.BuildMode;
import io.jnear.sdk.Gas;
import io.jnear.sdk.NearToken;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The JVM build and the Wasm build of the crypto contract side by side in one sandbox: each call gives the
 * same result and the same host costs in its gas profile, the JVM binding charging through the same
 * {@code VmLogic} what the Wasm binding charges.
 */
class SignatureAndCurveChecksBuildsTest {
    private static final String HASH = "47173285a8d7341e5e972fc677286384f802f8ef42a5ec5f03bbfa254cb01fad";
    private static final String SIGNATURE = "650acf9d3f5f0a2c799776a1254355d5f4061762a237396a99a0e0e3fc2bcd67"
            + "29514a0dacb2e623ac4abd157cb18163ff942280db4d5caad66ddf941ba12e03";
    /** The host functions these calls make beyond reading their input and returning a value. */
    private static final List<String> CRYPTO_COSTS = List.of("ECRECOVER_BASE", "ALT_BN128_G1_SUM_BASE",
            "ALT_BN128_G1_SUM_ELEMENT", "ALT_BN128_G1_MULTIEXP_BASE", "ALT_BN128_G1_MULTIEXP_ELEMENT");

    private final Sandbox sandbox = Sandbox.create();
    private final Account alice = sandbox.createAccount("alice.test.near", NearToken.near(100));
    private final Account jvm = BuildMode.JVM.deploy(sandbox, "jvm.test.near", SignatureAndCurveChecks.class, null);
    private final Account wasm = BuildMode.WASM.deploy(sandbox, "wasm.test.near", SignatureAndCurveChecks.class, null);

    /** The call's host costs by name: the profile without the Wasm instructions and the contract's loading. */
    private static Map<String, Long> hostCosts(ExecutionResult<?> r) {
        Map<String, Long> costs = new TreeMap<>();
        for (CostGasUsed c : r.receiptOutcomes().get(0).gasProfile()) {
            if (c.costCategory().equals(CostGasUsed.WASM_HOST_COST) && !c.cost().equals("WASM_INSTRUCTION")
                    && !c.cost().startsWith("CONTRACT_LOADING")) {
                costs.put(c.cost(), c.gasUsed());
            }
        }
        return costs;
    }

    private void sameInBothBuilds(String method, String json) {
        ExecutionResult<String> onJvm = alice.call(jvm.id(), method, json, NearToken.ZERO, Gas.tgas(300));
        ExecutionResult<String> onWasm = alice.call(wasm.id(), method, json, NearToken.ZERO, Gas.tgas(300));
        assertEquals(onJvm.failureText(), onWasm.failureText(), method);
        if (onJvm.failureText() == null) {
            assertEquals(onJvm.value(), onWasm.value(), method);
        }
        assertEquals(onJvm.logs(), onWasm.logs(), method);
        assertEquals(hostCosts(onJvm), hostCosts(onWasm), method);
        assertTrue(hostCosts(onJvm).keySet().stream().anyMatch(CRYPTO_COSTS::contains), method);
        for (String cost : CRYPTO_COSTS) {
            assertEquals(onJvm.receiptOutcomes().get(0).profiledGas(cost),
                    onWasm.receiptOutcomes().get(0).profiledGas(cost), method + " " + cost);
        }
    }

    @Test
    void recoveryIsTheSameInBothBuilds() {
        sameInBothBuilds("recover", "{\"hash\":\"" + HASH + "\",\"signature\":\"" + SIGNATURE
                + "\",\"v\":0,\"malleability_check\":true}");
        sameInBothBuilds("recover", "{\"hash\":\"" + HASH + "\",\"signature\":\"" + SIGNATURE
                + "\",\"v\":1,\"malleability_check\":true}");
        sameInBothBuilds("recover", "{\"hash\":\"" + HASH + "\",\"signature\":\"" + SIGNATURE
                + "\",\"v\":7,\"malleability_check\":false}");
    }

    @Test
    void g1ArithmeticIsTheSameInBothBuilds() {
        HexFormat hex = HexFormat.of();
        sameInBothBuilds("g1_sum", "{\"terms\":\"" + hex.formatHex(le("0u8 " + P1 + " 1u8 " + P1 + " 0u8 " + P1)) + "\"}");
        sameInBothBuilds("g1_multiexp", "{\"terms\":\"" + hex.formatHex(le(P1 + " 0x3")) + "\"}");
        sameInBothBuilds("g1_sum", "{\"terms\":\"" + hex.formatHex(le("92u8 " + P1)) + "\"}");
    }
}

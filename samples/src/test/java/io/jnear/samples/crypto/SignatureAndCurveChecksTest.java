package io.jnear.samples.crypto;

import static io.jnear.runtime.crypto.bn254.AltBn128Vectors.P1;
import static io.jnear.runtime.crypto.bn254.AltBn128Vectors.VALID_PAIRS;
import static io.jnear.runtime.crypto.bn254.AltBn128Vectors.le;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnear.runtime.Account;
import io.jnear.runtime.ExecutionResult;
import io.jnear.runtime.Sandbox;
import io.jnear.runtime.crypto.Keccak;
import io.jnear.runtime.outcome.ExecutionOutcome;
import io.jnear.samples.testing.BuildMode;
import io.jnear.sdk.Gas;
import io.jnear.sdk.NearToken;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A Java contract calling ecrecover and alt_bn128 end to end, with Ethereum's and nearcore's vectors: the
 * results, nearcore's errors, and the costs of each host function in the receipt's gas profile. The
 * {@code …WasmTest} twin runs the same tests on the contract compiled to Wasm; both expect the same figures.
 */
class SignatureAndCurveChecksTest {
    private static final HexFormat HEX = HexFormat.of();
    // Ethereum's ecrecover test vector (recovery id 0): the hash, r ‖ s, and the signer's address
    private static final String HASH = "47173285a8d7341e5e972fc677286384f802f8ef42a5ec5f03bbfa254cb01fad";
    private static final String R = "650acf9d3f5f0a2c799776a1254355d5f4061762a237396a99a0e0e3fc2bcd67";
    private static final String S = "29514a0dacb2e623ac4abd157cb18163ff942280db4d5caad66ddf941ba12e03";
    private static final String ADDRESS = "c08b5542d177ac6686946920409741463a15dddb";
    private static final BigInteger N =
            new BigInteger("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141", 16);
    /** nearcore's valid two-pair vector for alt_bn128_pairing_check. */
    private static final byte[] PAIRS = le(VALID_PAIRS);

    private Sandbox sandbox;
    private Account alice;
    private Account checks;

    /** The build the contract runs in; the {@code …WasmTest} twin runs the same tests on the Wasm build. */
    BuildMode mode() {
        return BuildMode.JVM;
    }

    @BeforeEach
    void deploy() {
        sandbox = Sandbox.create();
        alice = sandbox.createAccount("alice.test.near", NearToken.near(100));
        checks = mode().deploy(sandbox, "checks.test.near", SignatureAndCurveChecks.class, null);
    }

    private ExecutionResult<String> call(String method, String json) {
        return alice.call(checks.id(), method, json, NearToken.ZERO, Gas.tgas(300));
    }

    private static ExecutionOutcome contractReceipt(ExecutionResult<?> r) {
        return r.receiptOutcomes().get(0);
    }

    private ExecutionResult<String> recover(String signature, int v, boolean malleabilityCheck) {
        return call("recover", "{\"hash\":\"" + HASH + "\",\"signature\":\"" + signature + "\",\"v\":" + v
                + ",\"malleability_check\":" + malleabilityCheck + "}");
    }

    private static String json(String text) {
        return "\"" + text + "\"";
    }

    private static String address(String key) {
        return HEX.formatHex(Arrays.copyOfRange(Keccak.keccak256(HEX.parseHex(key)), 12, 32));
    }

    @Test
    void recoversTheSignersKeyAndChargesEcrecoverBase() {
        ExecutionResult<String> r = recover(R + S, 0, true);
        String key = r.value(); // the JSON string: 128 hex digits in quotes
        assertEquals(130, key.length(), key);
        assertEquals(ADDRESS, address(key.substring(1, 129)));
        ExecutionOutcome o = contractReceipt(r);
        assertEquals(278_821_988_457L, o.profiledGas("ECRECOVER_BASE"));
    }

    @Test
    void theUpperSFormRecoversTheSameKeyOnlyWithoutTheMalleabilityCheck() {
        String highS = String.format("%064x", N.subtract(new BigInteger(S, 16)));
        String key = recover(R + S, 0, true).value();
        assertEquals(key, recover(R + highS, 1, false).value());
        ExecutionResult<String> refused = recover(R + highS, 1, true);
        assertEquals(json(""), refused.value());
        assertEquals(List.of("no key recovered"), refused.logs());
        assertEquals(278_821_988_457L, contractReceipt(refused).profiledGas("ECRECOVER_BASE"));
    }

    @Test
    void aBadRecoveryIdOrSignatureLengthFailsWithNearcoresError() {
        assertEquals("ECDSA recover error: V recovery byte 0 through 3 are valid but was provided 4",
                recover(R + S, 4, false).failureText());
        assertEquals("ECDSA recover error: The length of the signature: 63, exceeds the limit of 64 bytes",
                recover(R + S.substring(2), 0, false).failureText());
    }

    @Test
    void g1SumAndMultiexpAgreeAndChargeTheirBaseAndPerElementCosts() {
        ExecutionResult<String> doubled = call("g1_multiexp", "{\"terms\":\"" + HEX.formatHex(le(P1 + " 0x2")) + "\"}");
        ExecutionResult<String> summed = call("g1_sum",
                "{\"terms\":\"" + HEX.formatHex(le("0u8 " + P1 + " 0u8 " + P1)) + "\"}");
        assertEquals(doubled.value(), summed.value());
        assertTrue(!doubled.value().equals(json(HEX.formatHex(le(P1)))));
        assertEquals(713_000_000_000L, contractReceipt(doubled).profiledGas("ALT_BN128_G1_MULTIEXP_BASE"));
        assertEquals(320_000_000_000L, contractReceipt(doubled).profiledGas("ALT_BN128_G1_MULTIEXP_ELEMENT"));
        assertEquals(3_000_000_000L, contractReceipt(summed).profiledGas("ALT_BN128_G1_SUM_BASE"));
        assertEquals(2 * 5_000_000_000L, contractReceipt(summed).profiledGas("ALT_BN128_G1_SUM_ELEMENT"));

        ExecutionResult<String> cancelled = call("g1_sum",
                "{\"terms\":\"" + HEX.formatHex(le("0u8 " + P1 + " 1u8 " + P1)) + "\"}");
        assertEquals(json("0".repeat(128)), cancelled.value()); // P − P is the point at infinity, (0, 0)
    }

    @Test
    void anInvalidSignByteFailsWithNearcoresError() {
        assertEquals("AltBn128 invalid input: invalid bool: [5C]",
                call("g1_sum", "{\"terms\":\"" + HEX.formatHex(le("92u8 " + P1)) + "\"}").failureText());
    }

    @Test
    void pairingCheckAcceptsNearcoresVectorAndNoPairsAndRefusesHalfOfTheVector() {
        ExecutionResult<String> valid = call("pairing_check", "{\"pairs\":\"" + HEX.formatHex(PAIRS) + "\"}");
        assertEquals("true", valid.value());
        assertEquals(9_686_000_000_000L, contractReceipt(valid).profiledGas("ALT_BN128_PAIRING_CHECK_BASE"));
        assertEquals(2 * 5_102_000_000_000L, contractReceipt(valid).profiledGas("ALT_BN128_PAIRING_CHECK_ELEMENT"));
        ExecutionResult<String> half = call("pairing_check",
                "{\"pairs\":\"" + HEX.formatHex(Arrays.copyOf(PAIRS, 192)) + "\"}");
        assertEquals("false", half.value());
        assertEquals(5_102_000_000_000L, contractReceipt(half).profiledGas("ALT_BN128_PAIRING_CHECK_ELEMENT"));
        ExecutionResult<String> none = call("pairing_check", "{\"pairs\":\"\"}");
        assertEquals("true", none.value()); // the empty product is one
        assertEquals(9_686_000_000_000L, contractReceipt(none).profiledGas("ALT_BN128_PAIRING_CHECK_BASE"));
        assertEquals(0, contractReceipt(none).profiledGas("ALT_BN128_PAIRING_CHECK_ELEMENT"));
    }
}

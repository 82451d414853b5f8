package io.jnear.samples.crypto;

import static io.jnear.runtime.crypto.bn254.AltBn128Vectors.P1;
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
    private static final byte[] PAIRS = le("""
            0x0763111c06b5066cc812f8e058d5b82a7bc356c83a1a5ab743ea4e7163d90a75 0x041068a8ed41f6755c1ad2d30aacc3974a4fae3293aee34c7103b4c073358624
            0x291aea4fac742aaf8772caa00c8763d509c3d6f20d1be64d73c10d06db031a01 0x1de7a958e4adb3a128cd3b942b13bc85ee4124f0dee6f4266b39707c81c06fd4
            0x1e2d816ba8b96e5cb444883a2b095533becb805c654418fa2c65bba533a34311 0x195dd519dc841a301a14de412c520b858c01ccc7ba0bd4177dd85d4b116416bb
            0x1f1cebcff0a999ffa7c1b582e9afd6c875760fde2679e9fd830bf3979504b04f 0x179fe95fb3fb3807ebbad5ed2b40ddd06f7b73525382a64a43489606b3454a53
            0x201eef3c872a7313da79f6aa628cc9795314fbac78484fdae2eba5086755ad6d 0x204e0376b942fe92ba6e2746d07d62f5dede7b8b6e172fa89ea0c5c4ccabaa31
            0x00e9f62300f921f5d4f2f7008aec59449a3f5e75add585ec4eccf04f5dc5b32f 0x17c150f0fb2ff472816b41868b98b9170233ee4647fe4bc41a1336c9a2c6567c
            """);

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

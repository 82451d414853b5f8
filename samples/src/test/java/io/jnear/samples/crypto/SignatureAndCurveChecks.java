package io.jnear.samples.crypto;

import io.jnear.annotations.Contract;
import io.jnear.sdk.Env;

/**
 * A contract that checks Ethereum signatures and alt_bn128 arithmetic with NEAR's host functions: what a
 * bridge or a zk-proof verifier calls. Bytes go in and out as lower-case hex.
 */
@Contract
public class SignatureAndCurveChecks {
    /** The secp256k1 key (x ‖ y) that signed {@code hash}, or "" when none can be recovered. */
    public String recover(String hash, String signature, int v, boolean malleabilityCheck) {
        byte[] key = Env.ecrecover(Hex.decode(hash), Hex.decode(signature), v, malleabilityCheck);
        if (key == null) {
            Env.log("no key recovered");
            return "";
        }
        return Hex.encode(key);
    }

    /** Σ ±Pᵢ of the 65-byte terms (sign, x, y). */
    public String g1Sum(String terms) {
        return Hex.encode(Env.altBn128G1Sum(Hex.decode(terms)));
    }

    /** Σ sᵢ·Pᵢ of the 96-byte terms (x, y, s). */
    public String g1Multiexp(String terms) {
        return Hex.encode(Env.altBn128G1Multiexp(Hex.decode(terms)));
    }

    /** Whether the product of the pairings of the 192-byte pairs (G1, G2) is one. */
    public boolean pairingCheck(String pairs) {
        return Env.altBn128PairingCheck(Hex.decode(pairs));
    }
}

package io.jnear.runtime.crypto;

import java.math.BigInteger;
import java.util.Arrays;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.math.ec.ECAlgorithms;
import org.bouncycastle.math.ec.ECPoint;

/**
 * Public-key recovery from secp256k1 ECDSA signatures, as NEAR's {@code ecrecover} does it (Bouncy Castle
 * does the curve arithmetic): a 64-byte {@code r ‖ s} signature, a recovery id 0 to 3, a 32-byte hash, and
 * the key as 64 bytes {@code x ‖ y}, big-endian.
 */
public final class Secp256k1 {
    private static final X9ECParameters CURVE = CustomNamedCurves.getByName("secp256k1");
    private static final BigInteger N = CURVE.getN();
    /** n/2 + 1: with the malleability check, s must be below it (the lower half of the range). */
    private static final BigInteger HALF_N_PLUS_ONE = N.shiftRight(1).add(BigInteger.ONE);

    private Secp256k1() {
    }

    /**
     * nearcore's range check before recovery: r below n, and s below n, or with {@code rejectUpperS} at most
     * n/2 (so each signature has one valid form, as Ethereum requires since Homestead).
     */
    public static boolean signatureValuesValid(byte[] signature, boolean rejectUpperS) {
        BigInteger r = new BigInteger(1, Arrays.copyOfRange(signature, 0, 32));
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(signature, 32, 64));
        return r.compareTo(N) < 0 && s.compareTo(rejectUpperS ? HALF_N_PLUS_ONE : N) < 0;
    }

    /** The public key that signed {@code hash}, or null when none can be recovered. */
    public static byte[] recover(byte[] hash, byte[] signature, int recoveryId) {
        BigInteger r = new BigInteger(1, Arrays.copyOfRange(signature, 0, 32));
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(signature, 32, 64));
        if (r.signum() == 0 || s.signum() == 0 || r.compareTo(N) >= 0 || s.compareTo(N) >= 0) {
            return null;
        }
        // ids 2 and 3 name the point whose x is r + n, which exists only below the field prime
        BigInteger x = recoveryId >= 2 ? r.add(N) : r;
        if (x.compareTo(CURVE.getCurve().getField().getCharacteristic()) >= 0) {
            return null;
        }
        byte[] compressed = new byte[33];
        compressed[0] = (byte) (0x02 | (recoveryId & 1));
        byte[] xBytes = x.toByteArray();
        int length = Math.min(xBytes.length, 32);
        System.arraycopy(xBytes, xBytes.length - length, compressed, 33 - length, length);
        ECPoint point;
        try {
            point = CURVE.getCurve().decodePoint(compressed);
        } catch (IllegalArgumentException notOnCurve) {
            return null;
        }
        BigInteger e = new BigInteger(1, hash).mod(N);
        BigInteger rInverse = r.modInverse(N);
        ECPoint key = ECAlgorithms.sumOfTwoMultiplies(CURVE.getG(), e.negate().multiply(rInverse).mod(N),
                point, s.multiply(rInverse).mod(N)).normalize();
        if (key.isInfinity()) {
            return null;
        }
        byte[] uncompressed = key.getEncoded(false);
        return Arrays.copyOfRange(uncompressed, 1, 65);
    }
}

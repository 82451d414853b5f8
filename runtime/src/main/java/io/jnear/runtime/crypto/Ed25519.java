package io.jnear.runtime.crypto;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.EdECPoint;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.EdECPublicKeySpec;
import java.security.spec.NamedParameterSpec;

/** Ed25519 with the JDK's own implementation, from NEAR's raw 32-byte keys and RFC 8032 seeds. */
public final class Ed25519 {
    private Ed25519() {
    }

    /** Whether {@code signature} (64 bytes) signs {@code message} under {@code publicKey} (32 bytes). */
    public static boolean verify(byte[] signature, byte[] message, byte[] publicKey) {
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(publicKey(publicKey));
            verifier.update(message);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false; // a key that is not a curve point, or a malformed signature, verifies nothing
        }
    }

    /** The JDK's private key for an RFC 8032 seed (32 bytes). */
    public static PrivateKey privateKey(byte[] seed) {
        try {
            return KeyFactory.getInstance("Ed25519").generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519, seed));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is unavailable in this JDK", e);
        }
    }

    /** The signature (64 bytes; RFC 8032 signatures are deterministic) of {@code message} by {@code key}. */
    public static byte[] sign(PrivateKey key, byte[] message) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(key);
            signer.update(message);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is unavailable in this JDK", e);
        }
    }

    private static PublicKey publicKey(byte[] encoded) throws GeneralSecurityException {
        // RFC 8032: y little-endian, with the top bit of the last byte holding x's parity
        byte[] bigEndian = new byte[32];
        for (int i = 0; i < 32; i++) {
            bigEndian[i] = encoded[31 - i];
        }
        boolean xOdd = (bigEndian[0] & 0x80) != 0;
        bigEndian[0] &= 0x7f;
        EdECPoint point = new EdECPoint(xOdd, new BigInteger(1, bigEndian));
        return KeyFactory.getInstance("Ed25519").generatePublic(new EdECPublicKeySpec(NamedParameterSpec.ED25519, point));
    }
}

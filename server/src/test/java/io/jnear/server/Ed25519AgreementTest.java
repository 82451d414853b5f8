package io.jnear.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnear.sdk.PublicKey;
import io.jnear.server.tx.Ed25519;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * The server's Ed25519 (BouncyCastle) agrees with the JDK's, which the runtime uses for contracts'
 * {@code ed25519_verify}: the same keys, byte-identical signatures (Ed25519 is deterministic), and the same
 * verdict on valid, tampered and non-canonical signatures. One difference, on purpose: a small-order public
 * key, under which the JDK accepts a signature for any message, verifies nothing here.
 */
class Ed25519AgreementTest {
    /** The order of the group, L = 2^252 + 27742317777372353535851937790883648493. */
    private static final BigInteger L = BigInteger.TWO.pow(252)
            .add(new BigInteger("27742317777372353535851937790883648493"));

    @Property(tries = 100)
    void signaturesAndKeysAreTheJdksByteForByte(@ForAll @Size(32) byte[] seed, @ForAll @Size(max = 200) byte[] message)
            throws GeneralSecurityException {
        Ed25519.Signer signer = Ed25519.Signer.of(seed);
        byte[] signature = signer.sign(message);
        assertArrayEquals(jdkSign(seed, message), signature);
        assertTrue(jdkVerify(signer.publicKey(), message, signature));
        assertTrue(Ed25519.verify(signer.publicKey(), message, signature));
    }

    @Property(tries = 100)
    void aFlippedBitFailsInBoth(@ForAll @Size(32) byte[] seed, @ForAll @Size(min = 1, max = 64) byte[] message,
            @ForAll @IntRange(min = 0, max = 64 * 8 + 32 * 8 - 1) int bit) {
        Ed25519.Signer signer = Ed25519.Signer.of(seed);
        byte[] signature = signer.sign(message);
        byte[] key = signer.publicKey().bytes();
        if (bit < 64 * 8) {
            signature[bit / 8] ^= (byte) (1 << (bit % 8));
        } else {
            int k = bit - 64 * 8;
            key[k / 8] ^= (byte) (1 << (k % 8));
        }
        PublicKey tampered = PublicKey.ed25519(key);
        assertEquals(jdkVerify(tampered, message, signature), Ed25519.verify(tampered, message, signature));
        assertFalse(Ed25519.verify(tampered, message, signature));
        assertFalse(Ed25519.verify(tampered, message, signature), "the same verdict with the key decoded before");
        assertTrue(Ed25519.verify(signer.publicKey(), message, signer.sign(message)));
    }

    @Test
    void aNonCanonicalScalarIsRefusedByBoth() {
        Ed25519.Signer signer = Ed25519.Signer.of(new byte[32]);
        byte[] message = "malleable".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] signature = signer.sign(message);
        // S + L is the same scalar mod L: RFC 8032 (and nearcore) refuse it, so a signature has one form only
        byte[] s = Arrays.copyOfRange(signature, 32, 64);
        byte[] sPlusL = littleEndian(new BigInteger(1, reversed(s)).add(L));
        System.arraycopy(sPlusL, 0, signature, 32, 32);
        assertFalse(Ed25519.verify(signer.publicKey(), message, signature));
        assertFalse(jdkVerify(signer.publicKey(), message, signature));
    }

    @Test
    void aKeyThatIsNoCurvePointVerifiesNothingInBoth() {
        // y = 2 is not the y of any point on the curve (x^2 would have to be a non-residue)
        byte[] notAPoint = new byte[32];
        notAPoint[0] = 2;
        PublicKey key = PublicKey.ed25519(notAPoint);
        byte[] signature = Ed25519.Signer.of(new byte[32]).sign(new byte[1]);
        assertFalse(Ed25519.verify(key, new byte[1], signature));
        assertFalse(Ed25519.verify(key, new byte[1], signature), "the refusal is remembered, not reversed");
        assertFalse(jdkVerify(key, new byte[1], signature));
    }

    @Test
    void aSmallOrderKeyIsRefusedHereThoughTheJdkWouldAcceptASignatureForAnyMessage() {
        // The identity point as a public key: R = B and S = 1 make [S]B = R + [k]A hold for every message.
        // The JDK (like a cofactorless verifier that does not check keys) accepts that; BouncyCastle refuses
        // small-order keys, so no such key can sign a transaction here.
        byte[] identity = new byte[32];
        identity[0] = 1;
        byte[] signature = new byte[64];
        byte[] base = littleEndian(new BigInteger("46316835694926478169428394003475163141307993866256225615783033603165251855960"));
        System.arraycopy(base, 0, signature, 0, 32);
        signature[32] = 1;
        PublicKey key = PublicKey.ed25519(identity);
        byte[] message = "any message at all".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(jdkVerify(key, message, signature), "the JDK accepts the forgery");
        assertFalse(Ed25519.verify(key, message, signature));
    }

    @Test
    void malformedLengthsVerifyNothing() {
        Ed25519.Signer signer = Ed25519.Signer.of(new byte[32]);
        byte[] signature = signer.sign(new byte[0]);
        assertFalse(Ed25519.verify(signer.publicKey(), new byte[0], Arrays.copyOf(signature, 63)));
        assertTrue(Ed25519.verify(signer.publicKey(), new byte[0], signature));
    }

    private static boolean jdkVerify(PublicKey key, byte[] message, byte[] signature) {
        return io.jnear.runtime.crypto.Ed25519.verify(signature, message, key.bytes());
    }

    private static byte[] jdkSign(byte[] seed, byte[] message) {
        return io.jnear.runtime.crypto.Ed25519.sign(io.jnear.runtime.crypto.Ed25519.privateKey(seed), message);
    }

    private static byte[] reversed(byte[] bytes) {
        byte[] out = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            out[i] = bytes[bytes.length - 1 - i];
        }
        return out;
    }

    private static byte[] littleEndian(BigInteger value) {
        byte[] big = value.toByteArray();
        byte[] out = new byte[32];
        for (int i = 0; i < 32 && i < big.length; i++) {
            out[i] = big[big.length - 1 - i];
        }
        return out;
    }
}

package io.jnear.server.tx;

import io.jnear.sdk.PublicKey;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Ed25519 (RFC 8032) for transactions, with BouncyCastle's implementation: verifying signatures, signing,
 * and key pairs in NEAR's encoding (a 32-byte public key; a 64-byte secret key that is the seed followed
 * by the public key). BouncyCastle rather than the JDK's provider because it verifies several times
 * faster (RpcBenchmark's {@code ed25519*} rows), and verification is most of a transfer's cost on the
 * server; both follow RFC 8032, and {@code Ed25519AgreementTest} checks that they agree.
 */
public final class Ed25519 {
    private static final int KEY_BYTES = 32;
    private static final int SIGNATURE_BYTES = 64;
    /**
     * Decoded public keys, so a signer's key is decompressed (a square root) once rather than per
     * transaction. Bounded: when full it starts over. Only speed depends on it: BouncyCastle's partial
     * validation is the same check its byte-array {@code verify} makes.
     */
    private static final int DECODED_KEYS = 10_000;
    private static final Map<PublicKey, Optional<org.bouncycastle.math.ec.rfc8032.Ed25519.PublicPoint>> DECODED =
            new ConcurrentHashMap<>();

    private Ed25519() {
    }

    /** A key pair: the 32-byte seed and the public key it yields. */
    public record KeyPairBytes(byte[] seed, PublicKey publicKey) {
        /** NEAR's 64-byte secret key: seed then public key. */
        public byte[] secretKey() {
            byte[] out = Arrays.copyOf(seed, 64);
            System.arraycopy(publicKey.bytes(), 0, out, 32, 32);
            return out;
        }
    }

    /** True if {@code signature} is {@code key}'s signature of {@code message}; false for any malformed input. */
    public static boolean verify(PublicKey key, byte[] message, byte[] signature) {
        if (signature.length != SIGNATURE_BYTES || key.bytes().length != KEY_BYTES) {
            return false;
        }
        Optional<org.bouncycastle.math.ec.rfc8032.Ed25519.PublicPoint> point = DECODED.get(key);
        if (point == null) {
            if (DECODED.size() >= DECODED_KEYS) {
                DECODED.clear();
            }
            // null for a key that is not a canonically encoded curve point: it verifies nothing
            point = Optional.ofNullable(org.bouncycastle.math.ec.rfc8032.Ed25519.validatePublicKeyPartialExport(
                    key.bytes(), 0));
            DECODED.put(key, point);
        }
        return point.isPresent()
                && org.bouncycastle.math.ec.rfc8032.Ed25519.verify(signature, 0, point.get(), message, 0, message.length);
    }

    /** Signs {@code message} with the key pair of {@code seed}. */
    public static byte[] sign(byte[] seed, byte[] message) {
        return Signer.of(seed).sign(message);
    }

    /** One key pair, held ready to sign many messages. */
    public static final class Signer {
        private final byte[] seed;
        private final byte[] publicKeyBytes;
        private final PublicKey publicKey;

        private Signer(byte[] seed, byte[] publicKeyBytes) {
            this.seed = seed;
            this.publicKeyBytes = publicKeyBytes;
            this.publicKey = PublicKey.ed25519(publicKeyBytes);
        }

        public static Signer of(byte[] seed) {
            byte[] copy = checkedSeed(seed);
            return new Signer(copy, publicKeyOf(copy));
        }

        public PublicKey publicKey() {
            return publicKey;
        }

        public byte[] sign(byte[] message) {
            byte[] signature = new byte[SIGNATURE_BYTES];
            org.bouncycastle.math.ec.rfc8032.Ed25519.sign(seed, 0, publicKeyBytes, 0, message, 0, message.length,
                    signature, 0);
            return signature;
        }
    }

    /** The key pair of a 32-byte seed. */
    public static KeyPairBytes fromSeed(byte[] seed) {
        byte[] copy = checkedSeed(seed);
        return new KeyPairBytes(copy, PublicKey.ed25519(publicKeyOf(copy)));
    }

    /** A fresh key pair from the system's secure random source. */
    public static KeyPairBytes generate() {
        byte[] seed = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(seed);
        return fromSeed(seed);
    }

    private static byte[] checkedSeed(byte[] seed) {
        if (seed.length != KEY_BYTES) {
            throw new IllegalArgumentException("An ed25519 seed has 32 bytes, not " + seed.length);
        }
        return seed.clone();
    }

    private static byte[] publicKeyOf(byte[] seed) {
        byte[] publicKey = new byte[KEY_BYTES];
        org.bouncycastle.math.ec.rfc8032.Ed25519.generatePublicKey(seed, 0, publicKey, 0);
        return publicKey;
    }
}

package io.jnear.server.tx;

import io.jnear.sdk.PublicKey;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.interfaces.EdECPublicKey;
import java.security.spec.NamedParameterSpec;
import java.util.Arrays;

/**
 * Ed25519 with the JDK's own provider: verifying transaction signatures, and key pairs in NEAR's
 * encoding (a 32-byte public key; a 64-byte secret key that is the seed followed by the public key).
 */
public final class Ed25519 {
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
        return io.jnear.runtime.crypto.Ed25519.verify(signature, message, key.bytes());
    }

    /** Signs {@code message} with the key pair of {@code seed}. */
    public static byte[] sign(byte[] seed, byte[] message) {
        return Signer.of(seed).sign(message);
    }

    /** One key pair, held ready to sign many messages. */
    public static final class Signer {
        private final java.security.PrivateKey privateKey;
        private final PublicKey publicKey;

        private Signer(java.security.PrivateKey privateKey, PublicKey publicKey) {
            this.privateKey = privateKey;
            this.publicKey = publicKey;
        }

        public static Signer of(byte[] seed) {
            KeyPair pair = generate(seed);
            return new Signer(pair.getPrivate(), PublicKey.ed25519(encode((EdECPublicKey) pair.getPublic())));
        }

        public PublicKey publicKey() {
            return publicKey;
        }

        public byte[] sign(byte[] message) {
            try {
                Signature signer = Signature.getInstance("Ed25519");
                signer.initSign(privateKey);
                signer.update(message);
                return signer.sign();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("Ed25519 is unavailable in this JDK", e);
            }
        }
    }

    /** The key pair of a 32-byte seed. */
    public static KeyPairBytes fromSeed(byte[] seed) {
        KeyPair pair = generate(seed);
        return new KeyPairBytes(((EdECPrivateKey) pair.getPrivate()).getBytes().orElseThrow(),
                PublicKey.ed25519(encode((EdECPublicKey) pair.getPublic())));
    }

    /** A fresh key pair from the system's secure random source. */
    public static KeyPairBytes generate() {
        byte[] seed = new byte[32];
        new SecureRandom().nextBytes(seed);
        return fromSeed(seed);
    }

    private static KeyPair generate(byte[] seed) {
        if (seed.length != 32) {
            throw new IllegalArgumentException("An ed25519 seed has 32 bytes, not " + seed.length);
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            // The generator draws exactly the 32 seed bytes from its random source.
            generator.initialize(NamedParameterSpec.ED25519, new FixedBytes(seed));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is unavailable in this JDK", e);
        }
    }

    private static byte[] encode(EdECPublicKey key) {
        byte[] bigEndian = key.getPoint().getY().toByteArray();
        byte[] out = new byte[32];
        for (int i = 0; i < 32 && i < bigEndian.length; i++) {
            out[i] = bigEndian[bigEndian.length - 1 - i];
        }
        if (key.getPoint().isXOdd()) {
            out[31] |= (byte) 0x80;
        }
        return out;
    }

    /** A random source that hands out one given seed. */
    private static final class FixedBytes extends SecureRandom {
        private static final long serialVersionUID = 1L;
        private final byte[] seed;

        FixedBytes(byte[] seed) {
            this.seed = seed.clone();
        }

        @Override
        public void nextBytes(byte[] bytes) {
            System.arraycopy(seed, 0, bytes, 0, Math.min(seed.length, bytes.length));
        }
    }
}

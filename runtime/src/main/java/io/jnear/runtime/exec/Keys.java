package io.jnear.runtime.exec;

import io.jnear.runtime.crypto.Ed25519;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.PublicKey;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.EdECPublicKey;
import java.security.spec.NamedParameterSpec;

/**
 * The sandbox's keys: every account it creates gets an ed25519 key pair derived from its ID with the JDK's
 * own Ed25519, so the same account has the same key in every run, and the transactions the sandbox
 * submits for it can carry a real signature.
 */
public final class Keys {
    private Keys() {
    }

    public static PublicKey publicKeyOf(AccountId account) {
        return PublicKey.ed25519(encode((EdECPublicKey) keyPairOf(account).getPublic()));
    }

    /**
     * The ed25519 signature (64 bytes, RFC 8032, so deterministic) of {@code message} by {@code account}'s
     * sandbox key, as a signed transaction carries it over its hash.
     */
    public static byte[] sign(AccountId account, byte[] message) {
        return Ed25519.sign(keyPairOf(account).getPrivate(), message);
    }

    private static KeyPair keyPairOf(AccountId account) {
        try {
            SecureRandom seeded = SecureRandom.getInstance("SHA1PRNG");
            seeded.setSeed(("jnear sandbox key " + account).getBytes(StandardCharsets.UTF_8));
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(NamedParameterSpec.ED25519, seeded);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is unavailable in this JDK", e);
        }
    }

    /** RFC 8032 encoding: y little-endian, the top bit holding the parity of x. */
    private static byte[] encode(EdECPublicKey key) {
        BigInteger y = key.getPoint().getY();
        byte[] bigEndian = y.toByteArray();
        byte[] out = new byte[32];
        for (int i = 0; i < 32 && i < bigEndian.length; i++) {
            out[i] = bigEndian[bigEndian.length - 1 - i];
        }
        if (key.getPoint().isXOdd()) {
            out[31] |= (byte) 0x80;
        }
        return out;
    }
}

package io.jnear.runtime.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.EdECPublicKey;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class CryptoTest {
    private static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void keccakMatchesItsPublishedVectors() {
        assertEquals("c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470", hex(Keccak.keccak256(new byte[0])));
        assertEquals("4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45", hex(Keccak.keccak256(ascii("abc"))));
        assertEquals("0eab42de4c3ceb9235fc91acffe746b29c29a8c366b7c60e4e67c466f36a4304c00fa9caf9d87976ba469bcbe06713b435f091ef2769fb160cdab33d3670680e",
                hex(Keccak.keccak512(new byte[0])));
        // longer than one block (136 bytes for Keccak-256)
        assertEquals(hex(Keccak.keccak256(new byte[200])), hex(Keccak.keccak256(new byte[200])));
    }

    @Test
    void ripemd160MatchesItsPublishedVectors() {
        assertEquals("9c1185a5c5e9fc54612808977ee8f548b2258d31", hex(Ripemd160.hash(new byte[0])));
        assertEquals("8eb208f7e05d987a9b044a8e98c6b087f15a0bfc", hex(Ripemd160.hash(ascii("abc"))));
        assertEquals("12a053384a9c0c88e405a06c27dcf49ada62eb2b",
                hex(Ripemd160.hash(ascii("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"))));
        assertEquals(1, Ripemd160.blocks(55));
        assertEquals(2, Ripemd160.blocks(56));
    }

    @Test
    void ed25519AcceptsARealSignatureAndRefusesATamperedOne() throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(pair.getPrivate());
        byte[] message = ascii("near");
        signer.update(message);
        byte[] signature = signer.sign();
        byte[] raw = rawKey((EdECPublicKey) pair.getPublic());
        assertTrue(Ed25519.verify(signature, message, raw));
        assertFalse(Ed25519.verify(signature, ascii("nearly"), raw));
        signature[0] ^= 1;
        assertFalse(Ed25519.verify(signature, message, raw));
    }

    private static byte[] rawKey(EdECPublicKey key) {
        byte[] y = key.getPoint().getY().toByteArray();
        byte[] raw = new byte[32];
        for (int i = 0; i < y.length && i < 32; i++) {
            raw[i] = y[y.length - 1 - i];
        }
        if (key.getPoint().isXOdd()) {
            raw[31] |= (byte) 0x80;
        }
        return raw;
    }
}

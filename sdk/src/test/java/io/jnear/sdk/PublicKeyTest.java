package io.jnear.sdk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PublicKeyTest {
    private static byte[] keyBytes(int leadingZeros) {
        byte[] bytes = new byte[32];
        for (int i = leadingZeros; i < 32; i++) {
            bytes[i] = (byte) (i * 7 + 1);
        }
        return bytes;
    }

    @Test
    void base58MatchesKnownEncodings() {
        assertEquals("2NEpo7TZRRrLZSi2U", Base58.encode("Hello World!".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("11233QC4", Base58.encode(new byte[] {0, 0, 0x28, 0x7f, (byte) 0xb4, (byte) 0xcd}));
        assertArrayEquals(new byte[] {0, 0, 0x28, 0x7f, (byte) 0xb4, (byte) 0xcd}, Base58.decode("11233QC4"));
    }

    @Test
    void base58KeepsLeadingZeroBytes() {
        byte[][] samples = {new byte[0], new byte[] {0}, new byte[] {0, 0, 0}, new byte[] {0, 0, 1, 2, 3},
                new byte[] {(byte) 0xff, 0}, keyBytes(5)};
        for (byte[] sample : samples) {
            assertArrayEquals(sample, Base58.decode(Base58.encode(sample)));
        }
        assertEquals("111", Base58.encode(new byte[3]));
    }

    @Test
    void base58RejectsCharactersOutsideItsAlphabet() {
        assertEquals("Invalid base58 character '0'",
                assertThrows(IllegalArgumentException.class, () -> Base58.decode("1230")).getMessage());
    }

    @Test
    void keysPrintAsEd25519Base58AndParseBack() {
        PublicKey key = PublicKey.ed25519(keyBytes(3));

        String text = key.toString();

        assertEquals("ed25519:111" + Base58.encode(Arrays.copyOfRange(keyBytes(3), 3, 32)), text);
        assertEquals(key, PublicKey.parse(text));
        assertArrayEquals(keyBytes(3), PublicKey.parse(text).bytes());
    }

    @Test
    void anAllZeroKeyRoundTrips() {
        PublicKey zero = PublicKey.ed25519(new byte[32]);

        assertEquals("ed25519:" + "1".repeat(32), zero.toString());
        assertArrayEquals(new byte[32], PublicKey.parse(zero.toString()).bytes());
    }

    @Test
    void rejectsOtherKeyTypesAndLengths() {
        assertEquals("Unsupported key type in 'secp256k1:abc': only ed25519 keys",
                assertThrows(IllegalArgumentException.class, () -> PublicKey.parse("secp256k1:abc")).getMessage());
        assertEquals("An ed25519 public key has 32 bytes, not 31",
                assertThrows(IllegalArgumentException.class, () -> PublicKey.ed25519(new byte[31])).getMessage());
        assertThrows(IllegalArgumentException.class, () -> PublicKey.parse("ed25519:" + Base58.encode(new byte[33])));
    }

    @Test
    void bytesAreDefensiveCopies() {
        byte[] input = keyBytes(0);
        PublicKey key = PublicKey.ed25519(input);
        input[0] = 99;
        key.bytes()[1] = 99;

        assertArrayEquals(keyBytes(0), key.bytes());
    }
}

package io.jnear.sdk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class Base58Test {
    private static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    @Test
    void encodesKnownValues() {
        assertEquals("", Base58.encode(new byte[0]));
        assertEquals("1", Base58.encode(new byte[1]));
        assertEquals("11111111111111111111111111111111", Base58.encode(new byte[32]), "NEAR's zero hash");
        assertEquals("2g", Base58.encode(new byte[] {'a'}));
        assertEquals("StV1DL6CwTryKyV", Base58.encode("hello world".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        assertEquals("11Ldp", Base58.encode(new byte[] {0, 0, 1, 2, 3}));
        assertEquals("5Q", Base58.encode(new byte[] {(byte) 0xFF}));
    }

    @Property
    void agreesWithDivisionOfTheWholeNumber(@ForAll @Size(max = 80) byte[] bytes) {
        assertEquals(byBigInteger(bytes), Base58.encode(bytes));
    }

    @Property
    void decodesWhatItEncodes(@ForAll @Size(max = 80) byte[] bytes) {
        assertArrayEquals(bytes, Base58.decode(Base58.encode(bytes)));
    }

    /** The textbook definition: the digits of the number, one '1' per leading zero byte. */
    private static String byBigInteger(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (BigInteger n = new BigInteger(1, bytes); n.signum() > 0; n = n.divide(BigInteger.valueOf(58))) {
            out.insert(0, ALPHABET.charAt(n.mod(BigInteger.valueOf(58)).intValue()));
        }
        for (int i = 0; i < bytes.length && bytes[i] == 0; i++) {
            out.insert(0, '1');
        }
        return out.toString();
    }
}

package io.jnear.sdk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Size;

/**
 * What the SDK converts without {@code BigInteger} (so that Wasm builds carry none of it) against the
 * same conversion through {@code BigInteger}: base58, and the text of an amount of NEAR.
 */
class Base58PropertiesTest {
    private static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    /** Base58 through {@code BigInteger}: the number's digits, then a '1' per leading zero byte. */
    private static String reference(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        BigInteger n = new BigInteger(1, bytes);
        while (n.signum() > 0) {
            BigInteger[] qr = n.divideAndRemainder(BigInteger.valueOf(58));
            out.append(ALPHABET.charAt(qr[1].intValue()));
            n = qr[0];
        }
        for (int i = 0; i < bytes.length && bytes[i] == 0; i++) {
            out.append('1');
        }
        return out.reverse().toString();
    }

    @Property
    void encodesAsThroughBigIntegerAndDecodesBack(@ForAll @Size(max = 80) byte[] bytes) {
        String text = Base58.encode(bytes);
        assertEquals(reference(bytes), text);
        assertArrayEquals(bytes, Base58.decode(text));
    }

    @Property
    void leadingZeroBytesAreLeadingOnes(@ForAll @Size(max = 5) byte[] tail, @ForAll boolean zeros) {
        byte[] bytes = new byte[tail.length + (zeros ? 3 : 0)];
        System.arraycopy(tail, 0, bytes, bytes.length - tail.length, tail.length);
        assertArrayEquals(bytes, Base58.decode(Base58.encode(bytes)));
    }

    @Property
    void nearAmountsPrintAsBigDecimalPrintsThem(
            @ForAll @BigRange(min = "0", max = "340282366920938463463374607431768211455") BigInteger yocto) {
        assertEquals(new BigDecimal(yocto, 24).stripTrailingZeros().toPlainString() + " NEAR",
                NearToken.ofYocto(yocto).toString());
        assertEquals(yocto.toString(), NearToken.ofYocto(yocto).toYoctoString());
        assertEquals(NearToken.ofYocto(yocto), NearToken.parse(yocto.toString()));
    }
}

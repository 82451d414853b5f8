package io.jnear.runtime.crypto.bn254;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** The group law through the host functions' encodings: multiexp is linear, and a point minus itself is zero. */
class G1PropertiesTest {
    private static final String P = "0x2d6b17489d86fcd5f91e8e92eb55081d8cb4413e408047249ef4fb5baa1b518b "
            + "0x1e4d0a30dbadd9dad40f7847c7013754ded8d0371c052d19f01453f4ae1506d7";

    private static String hex(BigInteger value) {
        return "0x" + value.toString(16);
    }

    @Property(tries = 25)
    void multiexpIsLinearInTheScalar(@ForAll @LongRange(min = 0) long a, @ForAll @LongRange(min = 0) long b) {
        BigInteger big = BigInteger.valueOf(a).shiftLeft(190); // scalars far beyond 64 bits, still below r
        BigInteger x = big.add(BigInteger.valueOf(b));
        BigInteger y = BigInteger.valueOf(b).multiply(BigInteger.valueOf(977));
        byte[] separately = AltBn128.g1Multiexp(AltBn128Vectors.le(P + " " + hex(x) + " " + P + " " + hex(y)));
        byte[] together = AltBn128.g1Multiexp(AltBn128Vectors.le(P + " " + hex(x.add(y).mod(Pairing.R))));
        assertArrayEquals(together, separately);
    }

    @Property(tries = 25)
    void aMultipleMinusItselfIsTheIdentity(@ForAll @LongRange(min = 1) long k) {
        byte[] multiple = AltBn128.g1Multiexp(AltBn128Vectors.le(P + " " + hex(BigInteger.valueOf(k))));
        byte[] signed = new byte[130];
        System.arraycopy(multiple, 0, signed, 1, 64);
        signed[65] = 1;
        System.arraycopy(multiple, 0, signed, 66, 64);
        assertArrayEquals(new byte[64], AltBn128.g1Sum(signed));
    }
}

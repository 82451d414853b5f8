package io.jnear.runtime.crypto.bn254;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static io.jnear.runtime.crypto.bn254.AltBn128Vectors.P1;
import static io.jnear.runtime.crypto.bn254.AltBn128Vectors.PAIR_G1;
import static io.jnear.runtime.crypto.bn254.AltBn128Vectors.PAIR_G2;
import static io.jnear.runtime.crypto.bn254.AltBn128Vectors.SECOND_G2;
import static io.jnear.runtime.crypto.bn254.AltBn128Vectors.VALID_PAIRS;
import static io.jnear.runtime.crypto.bn254.AltBn128Vectors.le;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** nearcore's own alt_bn128 logic-test vectors (runtime/near-vm-runner/src/logic/tests/alt_bn128.rs). */
class AltBn128Test {
    private static final String THREE_POINTS_SUM = "0x2ee5c54dee890fb79c9964f7a08c7295111990435dc3adff9fb6d63aadded21f "
            + "0x2c3fa1abf295e7df565379efcdb0398d08fc959a0a7e5d3f30118fefe9450a67";
    private static final String[] THREE_POINTS = {
        "0x26a1602aeb36e32dd1c534b1c014e920b138f4a8b87f2833ea6051c8cbd5eea2 0x01eb929f0ab6720df89837a84f2787d6d8a8bd97e0daab0576321d85143633ee",
        "0x15ad51e3d708bdf9ae99a3732af9354cc7b0f2ce71832b958b3e9b0215e63578 0x231d7b68932527abdeb71488bd5c1e339306c10490d3c65f7daaa651a367c618",
        "0x1302ac2f870ef22bdec4cd48058f309bcef761a7b40f78744157f3bbf25a016d 0x0c75e87050e62a4c3bf1e261da5a0f11c7ccaa090a0585365658f7a2b4b96fee",
    };

    @Test
    void multiexpOfNothingIsTheIdentityAndOfOneTimesAPointThePoint() {
        assertArrayEquals(le("0x0 0x0"), AltBn128.g1Multiexp(new byte[0]));
        assertArrayEquals(le(P1), AltBn128.g1Multiexp(le(P1 + " 0x1")));
    }

    @Test
    void multiexpMatchesNearcoresVectors() {
        assertArrayEquals(le("0x2923a9d452a047e0f24ab419d7893ecbf0c32a842afd88f991a6723decba82aa "
                        + "0x2e3a00f94191675c0730510133c2fca248160750d87b5157c534146d4d260b61"),
                AltBn128.g1Multiexp(le("""
                        0x12b453155ca3be5d0b14a4804cc39a0b4635b06d512735350cd031051644d3ec 0x2944829dcfa7dd72bb04d12e46869e6a6c8162698f9a6c35724f91f597e25fc4 0x112b450c0769c7cd80ffa552aaab2153adb5646664ee091639784a7f887411f7
                        0x032b2c8b9f1e7f5e53c262ae87ccd1366df1af019f2dbfe1a58a6749ba4b923f 0x0017741cde8d55ccce3a1dac210f531d22f574885226ea46fbbce4a4c75f7ed8 0x19e4956d3cf5e04f938bc9dee72f2fcab15934c7e0450ae15afee161606b071a
                        """)));
        assertArrayEquals(le(THREE_POINTS_SUM), AltBn128.g1Multiexp(le(
                THREE_POINTS[0] + " 0x1 " + THREE_POINTS[1] + " 0x1 " + THREE_POINTS[2] + " 0x1")));
    }

    @Test
    void multiexpRefusesWhatNearcoreRefuses() {
        assertEquals("slice of size 4 cannot be precisely split into chunks of size 96",
                assertThrows(AltBn128.InvalidInput.class, () -> AltBn128.g1Multiexp("XXXX".getBytes())).getMessage());
        String notOnCurve = assertThrows(AltBn128.InvalidInput.class, () -> AltBn128.g1Multiexp(le(
                "0x92 0x2944829dcfa7dd72bb04d12e46869e6a6c8162698f9a6c35724f91f597e25fc4 "
                        + "0x112b450c0769c7cd80ffa552aaab2153adb5646664ee091639784a7f887411f7"))).getMessage();
        // Rust's {:X?} of the 64 point bytes
        assertTrue(notOnCurve.startsWith("invalid g1: [92, 0, 0, "), notOnCurve);
        assertTrue(notOnCurve.endsWith(", CF, 9D, 82, 44, 29]"), notOnCurve);
        String badScalar = assertThrows(AltBn128.InvalidInput.class, () -> AltBn128.g1Multiexp(le(
                "0x12b453155ca3be5d0b14a4804cc39a0b4635b06d512735350cd031051644d3ec "
                        + "0x2944829dcfa7dd72bb04d12e46869e6a6c8162698f9a6c35724f91f597e25fc4 "
                        + "0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"))).getMessage();
        assertEquals("invalid fr: [" + "FF, ".repeat(31) + "FF]", badScalar);
    }

    @Test
    void sumMatchesNearcoresVectors() {
        assertArrayEquals(le("0x0 0x0"), AltBn128.g1Sum(new byte[0]));
        assertArrayEquals(le(P1), AltBn128.g1Sum(le("0u8 " + P1)));
        assertArrayEquals(le("0x1e2e53eecef3185d5c874e783cb184d302692a22c20f5f3b3993882e184d8fe8 "
                        + "0x03fc2454d3d88f9eac441e9b85a9041e925f30cca7a82d039d1ffb582bfb2004"),
                AltBn128.g1Sum(le("""
                        0u8 0x12b453155ca3be5d0b14a4804cc39a0b4635b06d512735350cd031051644d3ec 0x2944829dcfa7dd72bb04d12e46869e6a6c8162698f9a6c35724f91f597e25fc4
                        1u8 0x032b2c8b9f1e7f5e53c262ae87ccd1366df1af019f2dbfe1a58a6749ba4b923f 0x304cda5602a44a5cea16280a60720540748bf609164ae0464063a772111d7e6f
                        """)));
        assertArrayEquals(le(THREE_POINTS_SUM), AltBn128.g1Sum(le(
                "0u8 " + THREE_POINTS[0] + " 0u8 " + THREE_POINTS[1] + " 0u8 " + THREE_POINTS[2])));
    }

    @Test
    void sumRefusesWhatNearcoreRefuses() {
        assertEquals("slice of size 1 cannot be precisely split into chunks of size 65",
                assertThrows(AltBn128.InvalidInput.class, () -> AltBn128.g1Sum(new byte[] {92})).getMessage());
        assertTrue(assertThrows(AltBn128.InvalidInput.class, () -> AltBn128.g1Sum(le("0u8 0x111 0x222")))
                .getMessage().startsWith("invalid g1: [11, 1, 0, "));
        assertEquals("invalid bool: [5C]", assertThrows(AltBn128.InvalidInput.class, () -> AltBn128.g1Sum(le(
                "92u8 0x12b453155ca3be5d0b14a4804cc39a0b4635b06d512735350cd031051644d3ec "
                        + "0x2944829dcfa7dd72bb04d12e46869e6a6c8162698f9a6c35724f91f597e25fc4"))).getMessage());
    }

    @Test
    void pairingCheckMatchesNearcoresVectors() {
        assertTrue(AltBn128.pairingCheck(new byte[0]));
        assertTrue(AltBn128.pairingCheck(le(VALID_PAIRS)));
        assertFalse(AltBn128.pairingCheck(le(PAIR_G1 + " " + PAIR_G2 + " " + PAIR_G1 + " " + SECOND_G2)));
    }

    @Test
    void pairingIsBilinear() {
        // e(2·P, Q) · e(−P, 2·Q) = 1, with P and Q from the vectors above
        G1 p = decodeG1(PAIR_G1);
        byte[] twoP = AltBn128.g1Multiexp(le(PAIR_G1 + " 0x2"));
        byte[] minusP = AltBn128.g1Sum(le("1u8 " + PAIR_G1));
        G2 q = G2.of(new Fp2(word(PAIR_G2, 0), word(PAIR_G2, 1)), new Fp2(word(PAIR_G2, 2), word(PAIR_G2, 3)));
        G2 twoQ = q.add(q);
        assertTrue(p.isOnCurve() && twoQ.isInSubgroup());
        assertTrue(Pairing.productIsOne(java.util.List.of(
                new Pairing.Pair(decodeG1(twoP), q), new Pairing.Pair(decodeG1(minusP), twoQ))));
        assertFalse(Pairing.productIsOne(java.util.List.of(
                new Pairing.Pair(decodeG1(twoP), q), new Pairing.Pair(p, twoQ))));
    }

    @Test
    void pairingCheckRefusesWhatNearcoreRefuses() {
        assertEquals("slice of size 4 cannot be precisely split into chunks of size 192",
                assertThrows(AltBn128.InvalidInput.class, () -> AltBn128.pairingCheck("XXXX".getBytes())).getMessage());
        assertTrue(assertThrows(AltBn128.InvalidInput.class, () -> AltBn128.pairingCheck(
                le("0x0 0x0 0x0 0x0 0x0 0x0 0x0 0x0 0x0 0x0 0x0 0x111")))
                .getMessage().startsWith("invalid g2: [0, 0, "));
    }

    @Test
    void aTwistPointOutsideTheSubgroupIsRefused() {
        // (1, y) on the twist: the twist's cofactor is large, so a point found by solving for y is almost surely outside G2
        Fp2 x = Fp2.ONE;
        Fp2 rhs = x.square().mul(x).add(G2.B);
        Fp2 y = sqrt(rhs);
        G2 point = G2.of(x, y);
        assertTrue(point.isOnCurve());
        assertFalse(point.isInSubgroup());
        ByteArrayOutputStream input = new ByteArrayOutputStream();
        input.writeBytes(le(PAIR_G1));
        for (BigInteger c : new BigInteger[] {x.a(), x.b(), y.a(), y.b()}) {
            input.writeBytes(le("0x" + c.toString(16)));
        }
        assertTrue(assertThrows(AltBn128.InvalidInput.class, () -> AltBn128.pairingCheck(input.toByteArray()))
                .getMessage().startsWith("invalid g2: [1, 0, "));
    }

    /** A square root in Fp2 (p ≡ 3 mod 4), by the complex method. */
    private static Fp2 sqrt(Fp2 v) {
        BigInteger p = Fp.P;
        BigInteger quarter = p.add(BigInteger.ONE).shiftRight(2);
        BigInteger norm = v.a().multiply(v.a()).add(v.b().multiply(v.b())).mod(p).modPow(quarter, p);
        BigInteger half = BigInteger.TWO.modInverse(p);
        BigInteger a2 = v.a().add(norm).multiply(half).mod(p);
        BigInteger a = a2.modPow(quarter, p);
        if (!a.multiply(a).mod(p).equals(a2)) {
            a2 = v.a().subtract(norm).multiply(half).mod(p);
            a = a2.modPow(quarter, p);
        }
        BigInteger b = v.b().multiply(a.add(a).modInverse(p)).mod(p);
        Fp2 root = new Fp2(a, b);
        assertEquals(v, root.square());
        return root;
    }

    private static BigInteger word(String tokens, int index) {
        return new BigInteger(tokens.trim().split("\\s+")[index].substring(2), 16);
    }

    private static G1 decodeG1(String tokens) {
        return G1.of(word(tokens, 0), word(tokens, 1));
    }

    private static G1 decodeG1(byte[] encoded) {
        byte[] x = new byte[32];
        byte[] y = new byte[32];
        for (int i = 0; i < 32; i++) {
            x[31 - i] = encoded[i];
            y[31 - i] = encoded[32 + i];
        }
        return G1.of(new BigInteger(1, x), new BigInteger(1, y));
    }
}

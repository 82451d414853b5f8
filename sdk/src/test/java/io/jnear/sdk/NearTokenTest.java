package io.jnear.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class NearTokenTest {
    private static final BigInteger TWO_TO_128 = BigInteger.ONE.shiftLeft(128);

    @Test
    void parsesDecimalNear() {
        assertEquals(new BigInteger("1500000000000000000000000"), NearToken.parse("1.5 NEAR").asYocto());
        assertEquals(NearToken.near(2), NearToken.parse("2 near"));
    }

    @Test
    void parsesTheSmallestFractionOfANear() {
        assertEquals(NearToken.ONE_YOCTO, NearToken.parse("0.000000000000000000000001 NEAR"));
    }

    @Test
    void parsesYoctoWithAUnitOrBare() {
        assertEquals(NearToken.ofYocto(3), NearToken.parse("3 yocto"));
        assertEquals(NearToken.ofYocto(3), NearToken.parse("3 yoctoNEAR"));
        assertEquals(NearToken.ofYocto(1000), NearToken.parse("1000"));
    }

    @Test
    void printsTheExactAmountInNear() {
        assertEquals("1.5 NEAR", NearToken.parse("1.5 NEAR").toString());
        assertEquals("10 NEAR", NearToken.near(10).toString());
        assertEquals("0.000000000000000000000001 NEAR", NearToken.ONE_YOCTO.toString());
        assertEquals("0 NEAR", NearToken.ZERO.toString());
        assertEquals("0.001 NEAR", NearToken.milliNear(1).toString());
    }

    @Test
    void rejectsAmountsOutsideTheUnsigned128BitRange() {
        IllegalArgumentException tooBig =
                assertThrows(IllegalArgumentException.class, () -> NearToken.parse(TWO_TO_128.toString()));
        assertTrue(tooBig.getMessage().contains("out of the unsigned 128-bit range"), tooBig.getMessage());
        assertThrows(ArithmeticException.class, () -> NearToken.ofYocto(TWO_TO_128));
        assertEquals(TWO_TO_128.subtract(BigInteger.ONE),
                NearToken.parse(TWO_TO_128.subtract(BigInteger.ONE).toString()).asYocto());
    }

    @Test
    void rejectsNegativeAmounts() {
        assertThrows(IllegalArgumentException.class, () -> NearToken.parse("-1"));
        assertThrows(IllegalArgumentException.class, () -> NearToken.parse("-0.5 NEAR"));
        assertThrows(ArithmeticException.class, () -> NearToken.ofYocto(-1));
        assertThrows(ArithmeticException.class, () -> NearToken.ONE_YOCTO.minus(NearToken.near(1)));
    }

    @Test
    void rejectsFractionsOfAYoctoAndUnknownForms() {
        assertThrows(IllegalArgumentException.class, () -> NearToken.parse("0.0000000000000000000000001 NEAR"));
        assertThrows(IllegalArgumentException.class, () -> NearToken.parse("1.5"));
        IllegalArgumentException unit = assertThrows(IllegalArgumentException.class, () -> NearToken.parse("5 eth"));
        assertEquals("Invalid NEAR amount '5 eth': expected '<n> NEAR', '<n> yocto' or an integer of yocto",
                unit.getMessage());
    }

    @Test
    void arithmeticStaysExact() {
        NearToken sum = NearToken.near(1).plus(NearToken.ONE_YOCTO);

        assertEquals("1.000000000000000000000001 NEAR", sum.toString());
        assertEquals(NearToken.ZERO, NearToken.ONE_YOCTO.saturatingMinus(NearToken.near(1)));
        assertThrows(ArithmeticException.class,
                () -> NearToken.ofYocto(TWO_TO_128.subtract(BigInteger.ONE)).plus(NearToken.ONE_YOCTO));
    }

    @Test
    void amountsFarOutOfRangeAreRefusedBeforeAnyArithmetic() {
        assertEquals("Invalid NEAR amount '1e3000000 NEAR': out of range",
                assertThrows(IllegalArgumentException.class, () -> NearToken.parse("1e3000000 NEAR")).getMessage());
        assertEquals("Invalid NEAR amount '1e-3000000 NEAR': out of range",
                assertThrows(IllegalArgumentException.class, () -> NearToken.parse("1e-3000000 NEAR")).getMessage());
        assertEquals("Invalid NEAR amount '" + "9".repeat(64) + "…': too long",
                assertThrows(IllegalArgumentException.class, () -> NearToken.parse("9".repeat(300_000))).getMessage());
        assertEquals(NearToken.near(1000), NearToken.parse("1e3 NEAR"));
    }
}

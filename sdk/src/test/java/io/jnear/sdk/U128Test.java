package io.jnear.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class U128Test {
    private static final BigInteger TWO_TO_128 = BigInteger.ONE.shiftLeft(128);

    @Test
    void coversExactlyZeroTo2To128MinusOne() {
        assertEquals(TWO_TO_128.subtract(BigInteger.ONE), U128.MAX.asBigInteger());
        assertEquals(U128.ZERO, U128.of(0));
        assertThrows(ArithmeticException.class, () -> U128.of(TWO_TO_128));
        assertThrows(ArithmeticException.class, () -> U128.of(-1));
        assertThrows(ArithmeticException.class, () -> U128.MAX.plus(U128.of(1)));
        assertThrows(ArithmeticException.class, () -> U128.ZERO.minus(U128.of(1)));
    }

    @Test
    void parseRejectsTextThatIsNotADecimalInteger() {
        assertEquals("Invalid U128 '1.5': not a decimal integer",
                assertThrows(IllegalArgumentException.class, () -> U128.parse("1.5")).getMessage());
        assertEquals(U128.of(7), U128.parse(" 7 "));
    }

    @Test
    void arithmeticAndOrdering() {
        assertEquals(U128.of(5), U128.of(2).plus(U128.of(3)));
        assertEquals(U128.of(2), U128.min(U128.of(2), U128.of(3)));
        assertEquals("42", U128.of(42).toString());
    }

    @Test
    void aHugeNumberIsRefusedByItsLengthBeforeAnyArithmetic() {
        String digits = "9".repeat(300_000);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> U128.parse(digits));
        assertEquals("Invalid U128 '" + "9".repeat(48) + "…': more than 39 digits, out of range", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> U128.parse("1".repeat(40)));
    }

    @Test
    void leadingZerosDoNotCountTowardTheLength() {
        assertEquals(U128.of(7), U128.parse("0".repeat(300_000) + "7"));
        assertEquals(U128.MAX, U128.parse("000" + U128.MAX));
    }
}

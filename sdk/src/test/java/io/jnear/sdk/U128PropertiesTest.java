package io.jnear.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jnear.sdk.borsh.BorshCodecs;
import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/** {@link U128} on two longs gives {@code BigInteger}'s answers, and its range errors, for any operands. */
class U128PropertiesTest {
    private static final BigInteger TWO_TO_128 = BigInteger.ONE.shiftLeft(128);
    private static final BigInteger MAX = TWO_TO_128.subtract(BigInteger.ONE);

    /** Any u128, with the edges (0, 2^64 ± 1, 2^127, 2^128 - 1) and small numbers more often than chance. */
    @Provide
    Arbitrary<BigInteger> u128() {
        return Arbitraries.oneOf(
                Arbitraries.bigIntegers().between(BigInteger.ZERO, MAX),
                Arbitraries.bigIntegers().between(BigInteger.ZERO, BigInteger.valueOf(Long.MAX_VALUE)),
                Arbitraries.bigIntegers().between(BigInteger.ONE.shiftLeft(63), BigInteger.ONE.shiftLeft(65)),
                Arbitraries.of(BigInteger.ZERO, BigInteger.ONE, BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE),
                        BigInteger.ONE.shiftLeft(64), BigInteger.ONE.shiftLeft(127), MAX,
                        MAX.subtract(BigInteger.ONE)));
    }

    @Property
    void bigIntegerEdgesRoundTrip(@ForAll("u128") BigInteger n) {
        U128 value = U128.of(n);
        assertEquals(n, value.asBigInteger());
        assertEquals(n.toString(), value.toString());
        assertEquals(value, U128.parse(n.toString()));
        assertEquals(n.bitLength(), value.bitLength());
        assertEquals(value, U128.ofBits(value.highBits(), value.lowBits()));
        assertEquals(value, BorshCodecs.U128_VALUE.decode(BorshCodecs.U128_VALUE.encode(value)));
    }

    @Property
    void parseReadsSignsAndLeadingZerosAsBigIntegerDoes(@ForAll("u128") BigInteger n, @ForAll boolean plus,
            @ForAll @LongRange(max = 5) long zeros) {
        String text = (plus ? "+" : "") + "0".repeat((int) zeros) + n;
        assertEquals(U128.of(new BigInteger(text)), U128.parse(text));
    }

    @Property
    void plusAndMinusAsBigInteger(@ForAll("u128") BigInteger a, @ForAll("u128") BigInteger b) {
        BigInteger sum = a.add(b);
        if (sum.compareTo(MAX) <= 0) {
            assertEquals(sum, U128.of(a).plus(U128.of(b)).asBigInteger());
        } else {
            assertEquals("Value out of the unsigned 128-bit range: " + sum,
                    assertThrows(ArithmeticException.class, () -> U128.of(a).plus(U128.of(b))).getMessage());
        }
        BigInteger difference = a.subtract(b);
        if (difference.signum() >= 0) {
            assertEquals(difference, U128.of(a).minus(U128.of(b)).asBigInteger());
        } else {
            assertEquals("Value out of the unsigned 128-bit range: " + difference,
                    assertThrows(ArithmeticException.class, () -> U128.of(a).minus(U128.of(b))).getMessage());
        }
        assertEquals(Integer.signum(a.compareTo(b)), Integer.signum(U128.of(a).compareTo(U128.of(b))));
        assertEquals(a.equals(b), U128.of(a).equals(U128.of(b)));
    }

    @Property
    void timesAndDividedByAsBigInteger(@ForAll("u128") BigInteger a, @ForAll @LongRange(min = 1) long small) {
        BigInteger product = a.multiply(BigInteger.valueOf(small));
        if (product.compareTo(MAX) <= 0) {
            assertEquals(product, U128.of(a).times(small).asBigInteger());
        } else {
            assertThrows(ArithmeticException.class, () -> U128.of(a).times(small));
        }
        assertEquals(a.divide(BigInteger.valueOf(small)), U128.of(a).dividedBy(small).asBigInteger());
    }

    @Property
    void timesBySmallFactorsAsBigInteger(@ForAll("u128") BigInteger a, @ForAll @LongRange(min = 0, max = 1000) long small) {
        BigInteger product = a.multiply(BigInteger.valueOf(small));
        if (product.compareTo(MAX) <= 0) {
            assertEquals(product, U128.of(a).times(small).asBigInteger());
        } else {
            assertThrows(ArithmeticException.class, () -> U128.of(a).times(small));
        }
        assertEquals(a.shiftRight(1), U128.of(a).dividedBy(2).asBigInteger());
    }

    @Property
    void numbersPastTheRangeAreRefusedWithTheirValue(@ForAll("u128") BigInteger n) {
        BigInteger past = n.add(TWO_TO_128);
        if (past.toString().length() <= 39) {
            assertEquals("Value out of the unsigned 128-bit range: " + past,
                    assertThrows(ArithmeticException.class, () -> U128.parse(past.toString())).getMessage());
        }
        if (n.signum() > 0) {
            assertEquals("Value out of the unsigned 128-bit range: -" + n,
                    assertThrows(ArithmeticException.class, () -> U128.parse("-" + n)).getMessage());
        }
    }
}

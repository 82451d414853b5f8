package io.jnear.runtime.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** Gas × price in two longs is the exact product, and shares are the exact floor, whatever their size. */
class GasPricesPropertiesTest {
    @Property
    void costIsTheExactProduct(@ForAll @LongRange(min = 0) long gas, @ForAll @LongRange(min = 0) long price) {
        assertEquals(BigInteger.valueOf(gas).multiply(BigInteger.valueOf(price)),
                GasPrices.cost(gas, price).asBigInteger());
    }

    @Property
    void shareIsTheExactFloor(@ForAll @LongRange(min = 0) long gas, @ForAll @LongRange(min = 0) long numerator,
            @ForAll @LongRange(min = 1) long denominator) {
        BigInteger exact = BigInteger.valueOf(gas).multiply(BigInteger.valueOf(numerator))
                .divide(BigInteger.valueOf(denominator));
        if (exact.bitLength() < Long.SIZE) {
            assertEquals(exact.longValueExact(), GasPrices.share(gas, numerator, denominator));
        }
    }

    @Test
    void theLargestProductsKeepAllTheirBits() {
        BigInteger max = BigInteger.valueOf(Long.MAX_VALUE);
        assertEquals(max.multiply(max), GasPrices.cost(Long.MAX_VALUE, Long.MAX_VALUE).asBigInteger());
        assertEquals(new BigInteger("30000000000000000000000"),
                GasPrices.cost(300_000_000_000_000L, 100_000_000L).asBigInteger());
        assertEquals(BigInteger.ZERO, GasPrices.cost(0, Long.MAX_VALUE).asBigInteger());
        assertEquals(Long.MAX_VALUE / 3, GasPrices.share(Long.MAX_VALUE, 1, 3));
        assertEquals(Long.MAX_VALUE / 10 * 3 + 2, GasPrices.share(Long.MAX_VALUE, 3, 10));
    }

    @Test
    void aNegativeGasOrPriceIsRefusedRatherThanMultipliedIntoAHugeAmount() {
        assertEquals("negative gas -1 or price 5",
                assertThrows(IllegalArgumentException.class, () -> GasPrices.cost(-1, 5)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> GasPrices.cost(5, Long.MIN_VALUE));
    }
}

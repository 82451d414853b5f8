package io.jnear.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class GasTest {
    @Test
    void teraGasIsTenToTheTwelve() {
        assertEquals(5_000_000_000_000L, Gas.tgas(5).asGas());
        assertEquals(3_000_000_000L, Gas.ggas(3).asGas());
    }

    @Test
    void printsExactTgas() {
        assertEquals("5 Tgas", Gas.tgas(5).toString());
        assertEquals("2.428 Tgas", Gas.of(2_428_000_000_000L).toString());
        assertEquals("0.000000000001 Tgas", Gas.of(1).toString());
        assertEquals("0 Tgas", Gas.ZERO.toString());
    }

    @Test
    void rejectsNegativeAndOverflowingAmounts() {
        assertEquals("Gas may not be negative: -1",
                assertThrows(IllegalArgumentException.class, () -> Gas.of(-1)).getMessage());
        assertThrows(ArithmeticException.class, () -> Gas.tgas(10_000_000));
        assertThrows(IllegalArgumentException.class, () -> Gas.tgas(1).minus(Gas.tgas(2)));
        assertThrows(ArithmeticException.class, () -> Gas.of(Long.MAX_VALUE).plus(Gas.of(1)));
    }
}

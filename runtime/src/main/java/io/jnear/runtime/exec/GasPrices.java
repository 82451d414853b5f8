package io.jnear.runtime.exec;

import java.math.BigInteger;

/**
 * Gas and its price in plain {@code long}s, turned into a {@link BigInteger} amount of yocto only once:
 * gas fits a long, and so does a price, but their product (300 Tgas at 10^8 yocto is 3·10^22) does not
 * always. Every receipt multiplies several such pairs, so they are multiplied exactly with two longs
 * rather than through three {@code BigInteger}s each.
 */
final class GasPrices {
    private GasPrices() {
    }

    /** {@code gas × price} in yocto, both non-negative. */
    static BigInteger cost(long gas, long price) {
        long high = Math.multiplyHigh(gas, price);
        long low = gas * price;
        if (high == 0 && low >= 0) {
            return BigInteger.valueOf(low);
        }
        // the 128-bit product, high then low 64 bits, as an unsigned magnitude
        byte[] magnitude = new byte[16];
        for (int i = 0; i < 8; i++) {
            magnitude[i] = (byte) (high >>> (56 - 8 * i));
            magnitude[8 + i] = (byte) (low >>> (56 - 8 * i));
        }
        return new BigInteger(1, magnitude);
    }

    /** {@code floor(gas × numerator / denominator)}, exact when the product does not fit a long; all non-negative. */
    static long share(long gas, long numerator, long denominator) {
        if (Math.multiplyHigh(gas, numerator) == 0 && gas * numerator >= 0) {
            return gas * numerator / denominator;
        }
        return BigInteger.valueOf(gas).multiply(BigInteger.valueOf(numerator))
                .divide(BigInteger.valueOf(denominator)).longValueExact();
    }
}

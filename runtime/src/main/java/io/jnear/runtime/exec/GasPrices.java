package io.jnear.runtime.exec;

import java.math.BigInteger;

/**
 * Gas and its price in plain {@code long}s, turned into a {@link BigInteger} amount of yocto only at the
 * end: gas fits a long, and so does a price, but their product (300 Tgas at 10^8 yocto is 3·10^22) does
 * not always. Products that fit a long (zero, small refunds) and shares skip {@code BigInteger} altogether.
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
        return BigInteger.valueOf(gas).multiply(BigInteger.valueOf(price));
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

package io.jnear.runtime.exec;

import io.jnear.sdk.U128;
import java.math.BigInteger;

/**
 * Gas and its price in plain {@code long}s, turned into a {@link U128} amount of yocto only at the end: gas
 * fits a long, and so does a price, but their product (300 Tgas at 10^8 yocto is 3·10^22) does not always.
 */
final class GasPrices {
    private GasPrices() {
    }

    /**
     * {@code gas × price} in yocto, both non-negative. Two longs below 2^63 multiply to less than 2^126, so
     * the product always fits, and {@link Math#multiplyHigh} (signed) gives its high 64 bits exactly.
     */
    static U128 cost(long gas, long price) {
        if (gas < 0 || price < 0) {
            throw new IllegalArgumentException("negative gas " + gas + " or price " + price);
        }
        return U128.ofBits(Math.multiplyHigh(gas, price), gas * price);
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

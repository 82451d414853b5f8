package io.jnear.runtime.crypto.bn254;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * An element of the degree-12 extension {@code Fp[w]/(w¹² − 18w⁶ + 82)}, as twelve coefficients of powers
 * of w. In this tower {@code w⁶ = ξ = 9 + i}, so an Fp2 element {@code a + b·i} is {@code (a − 9b) + b·w⁶}.
 */
final class Fp12 {
    static final Fp12 ONE = new Fp12(coefficients(0, BigInteger.ONE));
    private static final BigInteger NINE = BigInteger.valueOf(9);
    private static final BigInteger EIGHTEEN = BigInteger.valueOf(18);
    private static final BigInteger EIGHTY_TWO = BigInteger.valueOf(82);

    private final BigInteger[] c;

    private Fp12(BigInteger[] c) {
        this.c = c;
    }

    private static BigInteger[] coefficients(int power, BigInteger value) {
        BigInteger[] c = new BigInteger[12];
        Arrays.fill(c, BigInteger.ZERO);
        c[power] = value;
        return c;
    }

    /** {@code constant + first·w + third·w³}: the shape every Miller-loop line takes. */
    static Fp12 line(BigInteger constant, Fp2 first, Fp2 third) {
        BigInteger[] c = coefficients(0, constant);
        place(c, 1, first);
        place(c, 3, third);
        return new Fp12(c);
    }

    /** {@code constant − x·w²}: a vertical line. */
    static Fp12 vertical(BigInteger constant, Fp2 x) {
        BigInteger[] c = coefficients(0, constant);
        place(c, 2, x.neg());
        return new Fp12(c);
    }

    /** Adds {@code value·w^power} for an Fp2 value and {@code power < 6}. */
    private static void place(BigInteger[] c, int power, Fp2 value) {
        c[power] = Fp.add(c[power], Fp.sub(value.a(), Fp.mul(NINE, value.b())));
        c[power + 6] = Fp.add(c[power + 6], value.b());
    }

    Fp12 mul(Fp12 o) {
        BigInteger[] wide = new BigInteger[23];
        Arrays.fill(wide, BigInteger.ZERO);
        for (int i = 0; i < 12; i++) {
            if (c[i].signum() == 0) {
                continue;
            }
            for (int j = 0; j < 12; j++) {
                if (o.c[j].signum() != 0) {
                    wide[i + j] = wide[i + j].add(c[i].multiply(o.c[j]));
                }
            }
        }
        return reduce(wide);
    }

    /** The square, with each cross product computed once (the final exponentiation is mostly squarings). */
    Fp12 square() {
        BigInteger[] wide = new BigInteger[23];
        Arrays.fill(wide, BigInteger.ZERO);
        for (int i = 0; i < 12; i++) {
            if (c[i].signum() == 0) {
                continue;
            }
            wide[2 * i] = wide[2 * i].add(c[i].multiply(c[i]));
            for (int j = i + 1; j < 12; j++) {
                if (c[j].signum() != 0) {
                    wide[i + j] = wide[i + j].add(c[i].multiply(c[j]).shiftLeft(1));
                }
            }
        }
        return reduce(wide);
    }

    private static Fp12 reduce(BigInteger[] wide) {
        // w¹² = 18w⁶ − 82, from the top power down
        for (int k = 22; k >= 12; k--) {
            BigInteger t = wide[k].mod(Fp.P);
            wide[k - 6] = wide[k - 6].add(t.multiply(EIGHTEEN));
            wide[k - 12] = wide[k - 12].subtract(t.multiply(EIGHTY_TWO));
        }
        BigInteger[] r = new BigInteger[12];
        for (int k = 0; k < 12; k++) {
            r[k] = wide[k].mod(Fp.P);
        }
        return new Fp12(r);
    }

    Fp12 pow(BigInteger e) {
        Fp12 result = ONE;
        for (int i = e.bitLength() - 1; i >= 0; i--) {
            result = result.square();
            if (e.testBit(i)) {
                result = result.mul(this);
            }
        }
        return result;
    }

    boolean isOne() {
        return Arrays.equals(c, ONE.c);
    }
}

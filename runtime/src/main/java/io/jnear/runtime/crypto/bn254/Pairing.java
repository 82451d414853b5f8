package io.jnear.runtime.crypto.bn254;

import java.math.BigInteger;
import java.util.List;

/** The optimal ate pairing on BN254, and the product-of-pairings check the host function answers. */
final class Pairing {
    /** The order r of G1, G2 and the pairing's target group. */
    static final BigInteger R =
            new BigInteger("21888242871839275222246405745257275088548364400416034343698204186575808495617");
    /** 6u + 2 for BN254's u; its top bit (64) is the loop's starting point. */
    private static final BigInteger ATE_LOOP_COUNT = new BigInteger("29793968203157093288");
    private static final BigInteger FINAL_EXPONENT = Fp.P.pow(12).subtract(BigInteger.ONE).divide(R);

    private Pairing() {
    }

    /** A pair of points to multiply into the check. */
    record Pair(G1 g1, G2 g2) {
    }

    /** Whether the product of e(g1, g2) over {@code pairs} is the identity (true for no pairs). */
    static boolean productIsOne(List<Pair> pairs) {
        Fp12 product = Fp12.ONE;
        for (Pair pair : pairs) {
            if (!pair.g1().infinity() && !pair.g2().infinity()) {
                product = product.mul(millerLoop(pair.g2(), pair.g1()));
            }
        }
        return product.pow(FINAL_EXPONENT).isOne();
    }

    private static Fp12 millerLoop(G2 q, G1 p) {
        G2 r = q;
        Fp12 f = Fp12.ONE;
        for (int i = ATE_LOOP_COUNT.bitLength() - 2; i >= 0; i--) {
            f = f.square().mul(line(r, r, p));
            r = r.add(r);
            if (ATE_LOOP_COUNT.testBit(i)) {
                f = f.mul(line(r, q, p));
                r = r.add(q);
            }
        }
        G2 q1 = q.frobenius();
        G2 minusQ2 = q1.frobenius().negate();
        f = f.mul(line(r, q1, p));
        r = r.add(q1);
        return f.mul(line(r, minusQ2, p));
    }

    /**
     * The line through {@code a} and {@code b} (twist points, untwisted as {@code (x·w², y·w³)}) evaluated at
     * {@code p}, up to a factor in Fp, which the final exponentiation removes:
     * {@code y_p − λ·x_p·w + (λ·x_a − y_a)·w³} with λ the slope on the twist.
     */
    private static Fp12 line(G2 a, G2 b, G1 p) {
        Fp2 slope = a.slopeTo(b);
        if (slope == null) {
            return Fp12.vertical(p.x(), a.x());
        }
        return Fp12.line(p.y(), slope.mul(p.x()).neg(), slope.mul(a.x()).sub(a.y()));
    }
}

package io.jnear.runtime.crypto.bn254;

import java.math.BigInteger;

/** An element {@code a + b·i} of the quadratic extension {@code Fp[i]/(i² + 1)}. */
record Fp2(BigInteger a, BigInteger b) {
    static final Fp2 ZERO = new Fp2(BigInteger.ZERO, BigInteger.ZERO);
    static final Fp2 ONE = new Fp2(BigInteger.ONE, BigInteger.ZERO);
    /** ξ = 9 + i, the non-residue that defines the sextic twist and the tower. */
    static final Fp2 XI = new Fp2(BigInteger.valueOf(9), BigInteger.ONE);

    boolean isZero() {
        return a.signum() == 0 && b.signum() == 0;
    }

    Fp2 add(Fp2 o) {
        return new Fp2(Fp.add(a, o.a), Fp.add(b, o.b));
    }

    Fp2 sub(Fp2 o) {
        return new Fp2(Fp.sub(a, o.a), Fp.sub(b, o.b));
    }

    Fp2 neg() {
        return new Fp2(Fp.neg(a), Fp.neg(b));
    }

    Fp2 mul(Fp2 o) {
        // (a + bi)(c + di) = (ac − bd) + (ad + bc)i
        BigInteger ac = a.multiply(o.a);
        BigInteger bd = b.multiply(o.b);
        BigInteger cross = a.add(b).multiply(o.a.add(o.b)).subtract(ac).subtract(bd);
        return new Fp2(ac.subtract(bd).mod(Fp.P), cross.mod(Fp.P));
    }

    Fp2 mul(BigInteger k) {
        return new Fp2(Fp.mul(a, k), Fp.mul(b, k));
    }

    Fp2 square() {
        return mul(this);
    }

    Fp2 inv() {
        BigInteger norm = Fp.inv(a.multiply(a).add(b.multiply(b)).mod(Fp.P));
        return new Fp2(Fp.mul(a, norm), Fp.mul(Fp.neg(b), norm));
    }

    /** The Frobenius map x ↦ x^p, which on Fp2 is conjugation. */
    Fp2 conjugate() {
        return new Fp2(a, Fp.neg(b));
    }

    Fp2 pow(BigInteger e) {
        Fp2 result = ONE;
        for (int i = e.bitLength() - 1; i >= 0; i--) {
            result = result.square();
            if (e.testBit(i)) {
                result = result.mul(this);
            }
        }
        return result;
    }
}

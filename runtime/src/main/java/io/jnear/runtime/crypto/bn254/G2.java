package io.jnear.runtime.crypto.bn254;

import java.math.BigInteger;

/**
 * A point of BN254's G2 on the sextic twist {@code y² = x³ + 3/ξ} over Fp2, in affine coordinates;
 * {@link #INFINITY} is the identity.
 */
record G2(Fp2 x, Fp2 y, boolean infinity) {
    static final G2 INFINITY = new G2(Fp2.ZERO, Fp2.ZERO, true);
    static final Fp2 B = new Fp2(BigInteger.valueOf(3), BigInteger.ZERO).mul(Fp2.XI.inv());
    /** ξ^((p−1)/3) and ξ^((p−1)/2): the Frobenius map on the twist multiplies by them after conjugating. */
    private static final Fp2 FROBENIUS_X = Fp2.XI.pow(Fp.P.subtract(BigInteger.ONE).divide(BigInteger.valueOf(3)));
    private static final Fp2 FROBENIUS_Y = Fp2.XI.pow(Fp.P.subtract(BigInteger.ONE).shiftRight(1));

    static G2 of(Fp2 x, Fp2 y) {
        return new G2(x, y, false);
    }

    boolean isOnCurve() {
        return infinity || y.square().equals(x.square().mul(x).add(B));
    }

    /** Whether the point lies in the order-r subgroup (the twist has other points too). */
    boolean isInSubgroup() {
        return multiply(Pairing.R).infinity;
    }

    G2 negate() {
        return infinity ? this : of(x, y.neg());
    }

    /** The slope of the line through this point and {@code o} (the tangent when they are equal); null if vertical. */
    Fp2 slopeTo(G2 o) {
        if (x.equals(o.x)) {
            if (!y.equals(o.y) || y.isZero()) {
                return null;
            }
            return x.square().mul(BigInteger.valueOf(3)).mul(y.add(y).inv());
        }
        return o.y.sub(y).mul(o.x.sub(x).inv());
    }

    G2 add(G2 o) {
        if (infinity) {
            return o;
        }
        if (o.infinity) {
            return this;
        }
        Fp2 slope = slopeTo(o);
        if (slope == null) {
            return INFINITY;
        }
        Fp2 x3 = slope.square().sub(x).sub(o.x);
        return of(x3, slope.mul(x.sub(x3)).sub(y));
    }

    G2 multiply(BigInteger k) {
        G2 result = INFINITY;
        for (int i = k.bitLength() - 1; i >= 0; i--) {
            result = result.add(result);
            if (k.testBit(i)) {
                result = result.add(this);
            }
        }
        return result;
    }

    /** The p-power Frobenius endomorphism, carried over to the twist. */
    G2 frobenius() {
        return infinity ? this : of(x.conjugate().mul(FROBENIUS_X), y.conjugate().mul(FROBENIUS_Y));
    }
}

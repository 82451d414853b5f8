package io.jnear.runtime.crypto.bn254;

import java.math.BigInteger;

/** A point of BN254's G1, {@code y² = x³ + 3} over Fp, in affine coordinates; {@link #INFINITY} is the identity. */
record G1(BigInteger x, BigInteger y, boolean infinity) {
    static final G1 INFINITY = new G1(BigInteger.ZERO, BigInteger.ZERO, true);
    private static final BigInteger B = BigInteger.valueOf(3);

    static G1 of(BigInteger x, BigInteger y) {
        return new G1(x, y, false);
    }

    boolean isOnCurve() {
        return infinity || Fp.mul(y, y).equals(Fp.add(Fp.mul(Fp.mul(x, x), x), B));
    }

    G1 negate() {
        return infinity ? this : of(x, Fp.neg(y));
    }

    G1 add(G1 o) {
        if (infinity) {
            return o;
        }
        if (o.infinity) {
            return this;
        }
        BigInteger slope;
        if (x.equals(o.x)) {
            if (!y.equals(o.y) || y.signum() == 0) {
                return INFINITY;
            }
            slope = Fp.mul(Fp.mul(BigInteger.valueOf(3), Fp.mul(x, x)), Fp.inv(Fp.add(y, y)));
        } else {
            slope = Fp.mul(Fp.sub(o.y, y), Fp.inv(Fp.sub(o.x, x)));
        }
        BigInteger x3 = Fp.sub(Fp.sub(Fp.mul(slope, slope), x), o.x);
        return of(x3, Fp.sub(Fp.mul(slope, Fp.sub(x, x3)), y));
    }

    G1 multiply(BigInteger k) {
        G1 result = INFINITY;
        for (int i = k.bitLength() - 1; i >= 0; i--) {
            result = result.add(result);
            if (k.testBit(i)) {
                result = result.add(this);
            }
        }
        return result;
    }
}

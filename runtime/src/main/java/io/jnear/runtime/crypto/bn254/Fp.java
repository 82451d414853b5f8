package io.jnear.runtime.crypto.bn254;

import java.math.BigInteger;

/** Arithmetic modulo BN254's base-field prime {@link #P}; values are kept in {@code [0, P)}. */
final class Fp {
    static final BigInteger P =
            new BigInteger("21888242871839275222246405745257275088696311157297823662689037894645226208583");

    private Fp() {
    }

    static BigInteger add(BigInteger a, BigInteger b) {
        BigInteger s = a.add(b);
        return s.compareTo(P) >= 0 ? s.subtract(P) : s;
    }

    static BigInteger sub(BigInteger a, BigInteger b) {
        BigInteger d = a.subtract(b);
        return d.signum() < 0 ? d.add(P) : d;
    }

    static BigInteger mul(BigInteger a, BigInteger b) {
        return a.multiply(b).mod(P);
    }

    static BigInteger neg(BigInteger a) {
        return a.signum() == 0 ? a : P.subtract(a);
    }

    static BigInteger inv(BigInteger a) {
        return a.modInverse(P);
    }
}

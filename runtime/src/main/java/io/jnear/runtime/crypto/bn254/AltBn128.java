package io.jnear.runtime.crypto.bn254;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * NEAR's {@code alt_bn128_*} host functions over their byte encodings: field elements and scalars are
 * 32-byte little-endian integers, a G1 point is {@code x ‖ y}, a G2 point {@code x ‖ y} with each
 * coordinate {@code real ‖ imaginary}, and (0, 0) is the point at infinity. Inputs are checked as nearcore
 * checks them (coordinates below p, points on the curve, G2 points in the subgroup, scalars below r); a
 * failed check throws {@link InvalidInput} with nearcore's message.
 */
public final class AltBn128 {
    /** Bytes of one {@code alt_bn128_g1_multiexp} element: a G1 point and a scalar. */
    public static final int MULTIEXP_ELEMENT = 96;
    /** Bytes of one {@code alt_bn128_g1_sum} element: a sign byte and a G1 point. */
    public static final int SUM_ELEMENT = 65;
    /** Bytes of one {@code alt_bn128_pairing_check} element: a G1 point and a G2 point. */
    public static final int PAIRING_ELEMENT = 192;

    private static final int SCALAR = 32;
    private static final int G1_BYTES = 2 * SCALAR;
    private static final int G2_BYTES = 4 * SCALAR;

    private AltBn128() {
    }

    /** An input nearcore refuses ({@code AltBn128InvalidInput}); the message is nearcore's. */
    public static final class InvalidInput extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InvalidInput(String message) {
            super(message);
        }

        static InvalidInput of(String what, byte[] data, int from, int length) {
            // Rust's {:X?} of a byte slice
            StringJoiner bytes = new StringJoiner(", ", "[", "]");
            for (int i = from; i < from + length; i++) {
                bytes.add(Integer.toHexString(data[i] & 0xff).toUpperCase(Locale.ROOT));
            }
            return new InvalidInput(what + ": " + bytes);
        }
    }

    /** How many elements of {@code size} bytes {@code data} holds; throws if it is not a whole number of them. */
    public static int elementCount(byte[] data, int size) {
        if (data.length % size != 0) {
            throw new InvalidInput("slice of size " + data.length + " cannot be precisely split into chunks of size "
                    + size);
        }
        return data.length / size;
    }

    /** Σ scalar_i · point_i over {@link #MULTIEXP_ELEMENT}-byte elements, as an encoded G1 point. */
    public static byte[] g1Multiexp(byte[] data) {
        int count = elementCount(data, MULTIEXP_ELEMENT);
        G1 sum = G1.INFINITY;
        for (int i = 0; i < count; i++) {
            int at = i * MULTIEXP_ELEMENT;
            G1 point = decodeG1(data, at);
            BigInteger scalar = decodeScalar(data, at + G1_BYTES);
            sum = sum.add(point.multiply(scalar));
        }
        return encode(sum);
    }

    /** Σ ±point_i over {@link #SUM_ELEMENT}-byte elements (sign byte 1 subtracts), as an encoded G1 point. */
    public static byte[] g1Sum(byte[] data) {
        int count = elementCount(data, SUM_ELEMENT);
        G1 sum = G1.INFINITY;
        for (int i = 0; i < count; i++) {
            int at = i * SUM_ELEMENT;
            byte sign = data[at];
            if (sign != 0 && sign != 1) {
                throw InvalidInput.of("invalid bool", data, at, 1);
            }
            G1 point = decodeG1(data, at + 1);
            sum = sum.add(sign == 1 ? point.negate() : point);
        }
        return encode(sum);
    }

    /** Whether the product of the pairings of the {@link #PAIRING_ELEMENT}-byte elements is one. */
    public static boolean pairingCheck(byte[] data) {
        int count = elementCount(data, PAIRING_ELEMENT);
        List<Pairing.Pair> pairs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int at = i * PAIRING_ELEMENT;
            pairs.add(new Pairing.Pair(decodeG1(data, at), decodeG2(data, at + G1_BYTES)));
        }
        return Pairing.productIsOne(pairs);
    }

    private static BigInteger littleEndian(byte[] data, int at) {
        byte[] be = new byte[SCALAR];
        for (int i = 0; i < SCALAR; i++) {
            be[i] = data[at + SCALAR - 1 - i];
        }
        return new BigInteger(1, be);
    }

    private static BigInteger decodeFq(byte[] data, int at) {
        BigInteger value = littleEndian(data, at);
        if (value.compareTo(Fp.P) >= 0) {
            throw InvalidInput.of("invalid fq", data, at, SCALAR);
        }
        return value;
    }

    private static BigInteger decodeScalar(byte[] data, int at) {
        BigInteger value = littleEndian(data, at);
        if (value.compareTo(Pairing.R) >= 0) {
            throw InvalidInput.of("invalid fr", data, at, SCALAR);
        }
        return value;
    }

    private static G1 decodeG1(byte[] data, int at) {
        BigInteger x = decodeFq(data, at);
        BigInteger y = decodeFq(data, at + SCALAR);
        if (x.signum() == 0 && y.signum() == 0) {
            return G1.INFINITY;
        }
        G1 point = G1.of(x, y);
        if (!point.isOnCurve()) {
            throw InvalidInput.of("invalid g1", data, at, G1_BYTES);
        }
        return point;
    }

    private static G2 decodeG2(byte[] data, int at) {
        Fp2 x = new Fp2(decodeFq(data, at), decodeFq(data, at + SCALAR));
        Fp2 y = new Fp2(decodeFq(data, at + 2 * SCALAR), decodeFq(data, at + 3 * SCALAR));
        if (x.isZero() && y.isZero()) {
            return G2.INFINITY;
        }
        G2 point = G2.of(x, y);
        if (!point.isOnCurve() || !point.isInSubgroup()) {
            throw InvalidInput.of("invalid g2", data, at, G2_BYTES);
        }
        return point;
    }

    private static byte[] encode(G1 point) {
        byte[] out = new byte[G1_BYTES];
        if (!point.infinity()) {
            writeLittleEndian(point.x(), out, 0);
            writeLittleEndian(point.y(), out, SCALAR);
        }
        return out;
    }

    private static void writeLittleEndian(BigInteger value, byte[] out, int at) {
        byte[] be = value.toByteArray();
        for (int i = 0; i < SCALAR && i < be.length; i++) {
            out[at + i] = be[be.length - 1 - i];
        }
    }
}

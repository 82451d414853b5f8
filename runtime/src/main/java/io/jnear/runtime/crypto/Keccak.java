package io.jnear.runtime.crypto;

/**
 * Keccak-256 and Keccak-512 as Ethereum and NEAR's {@code keccak256}/{@code keccak512} compute them: the
 * original Keccak padding ({@code 0x01 … 0x80}), not SHA-3's, which is why the JDK's SHA3 cannot serve.
 */
public final class Keccak {
    private static final long[] ROUND_CONSTANTS = {
        0x0000000000000001L, 0x0000000000008082L, 0x800000000000808aL, 0x8000000080008000L,
        0x000000000000808bL, 0x0000000080000001L, 0x8000000080008081L, 0x8000000000008009L,
        0x000000000000008aL, 0x0000000000000088L, 0x0000000080008009L, 0x000000008000000aL,
        0x000000008000808bL, 0x800000000000008bL, 0x8000000000008089L, 0x8000000000008003L,
        0x8000000000008002L, 0x8000000000000080L, 0x000000000000800aL, 0x800000008000000aL,
        0x8000000080008081L, 0x8000000000008080L, 0x0000000080000001L, 0x8000000080008008L};
    private static final int[] ROTATIONS = {
        1, 3, 6, 10, 15, 21, 28, 36, 45, 55, 2, 14, 27, 41, 56, 8, 25, 43, 62, 18, 39, 61, 20, 44};
    private static final int[] PI_LANES = {
        10, 7, 11, 17, 18, 3, 5, 16, 8, 21, 24, 4, 15, 23, 19, 13, 12, 2, 20, 14, 22, 9, 6, 1};

    private Keccak() {
    }

    public static byte[] keccak256(byte[] data) {
        return hash(data, 32);
    }

    public static byte[] keccak512(byte[] data) {
        return hash(data, 64);
    }

    private static byte[] hash(byte[] data, int outputBytes) {
        int rate = 200 - 2 * outputBytes;
        long[] state = new long[25];
        int offset = 0;
        for (; data.length - offset >= rate; offset += rate) {
            absorb(state, data, offset, rate);
            permute(state);
        }
        byte[] last = new byte[rate];
        System.arraycopy(data, offset, last, 0, data.length - offset);
        last[data.length - offset] ^= 0x01;
        last[rate - 1] ^= (byte) 0x80;
        absorb(state, last, 0, rate);
        permute(state);
        byte[] out = new byte[outputBytes];
        for (int i = 0; i < outputBytes; i++) {
            out[i] = (byte) (state[i / 8] >>> (8 * (i % 8)));
        }
        return out;
    }

    private static void absorb(long[] state, byte[] block, int offset, int rate) {
        for (int i = 0; i < rate / 8; i++) {
            long lane = 0;
            for (int b = 7; b >= 0; b--) {
                lane = (lane << 8) | (block[offset + 8 * i + b] & 0xffL);
            }
            state[i] ^= lane;
        }
    }

    private static void permute(long[] st) {
        long[] bc = new long[5];
        for (long roundConstant : ROUND_CONSTANTS) {
            for (int i = 0; i < 5; i++) {
                bc[i] = st[i] ^ st[i + 5] ^ st[i + 10] ^ st[i + 15] ^ st[i + 20];
            }
            for (int i = 0; i < 5; i++) {
                long t = bc[(i + 4) % 5] ^ Long.rotateLeft(bc[(i + 1) % 5], 1);
                for (int j = 0; j < 25; j += 5) {
                    st[j + i] ^= t;
                }
            }
            long t = st[1];
            for (int i = 0; i < 24; i++) {
                int j = PI_LANES[i];
                long next = st[j];
                st[j] = Long.rotateLeft(t, ROTATIONS[i]);
                t = next;
            }
            for (int j = 0; j < 25; j += 5) {
                for (int i = 0; i < 5; i++) {
                    bc[i] = st[j + i];
                }
                for (int i = 0; i < 5; i++) {
                    st[j + i] ^= ~bc[(i + 1) % 5] & bc[(i + 2) % 5];
                }
            }
            st[0] ^= roundConstant;
        }
    }
}

package io.jnear.runtime.crypto.bn254;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;

/**
 * How nearcore's alt_bn128 logic-test vectors (runtime/near-vm-runner/src/logic/tests/alt_bn128.rs) are
 * written, for this module's tests and the Wasm binding's (through the runtime's test jar).
 */
public final class AltBn128Vectors {
    private AltBn128Vectors() {
    }

    /**
     * Each token is a u256 written in hex ({@code 0x…}, encoded as 32 little-endian bytes) or a byte
     * ({@code 5u8}), as nearcore's {@code le_bytes!} reads them.
     */
    public static byte[] le(String tokens) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String token : tokens.trim().split("[\\s,]+")) {
            if (token.isEmpty()) {
                continue;
            }
            if (token.endsWith("u8")) {
                out.write(Integer.parseInt(token.substring(0, token.length() - 2)));
                continue;
            }
            byte[] be = new BigInteger(token.substring(2), 16).toByteArray();
            byte[] word = new byte[32];
            for (int i = 0; i < 32 && i < be.length; i++) {
                word[i] = be[be.length - 1 - i];
            }
            out.writeBytes(word);
        }
        return out.toByteArray();
    }

    /** A point of G1 (x, y), the first of nearcore's vectors. */
    public static final String P1 = "0x2d6b17489d86fcd5f91e8e92eb55081d8cb4413e408047249ef4fb5baa1b518b "
            + "0x1e4d0a30dbadd9dad40f7847c7013754ded8d0371c052d19f01453f4ae1506d7";

    /** The G1 point of the first pair of nearcore's valid two-pair pairing vector. */
    public static final String PAIR_G1 = "0x0763111c06b5066cc812f8e058d5b82a7bc356c83a1a5ab743ea4e7163d90a75 "
            + "0x041068a8ed41f6755c1ad2d30aacc3974a4fae3293aee34c7103b4c073358624";
    /** The G2 point of that first pair. */
    public static final String PAIR_G2 = "0x291aea4fac742aaf8772caa00c8763d509c3d6f20d1be64d73c10d06db031a01 "
            + "0x1de7a958e4adb3a128cd3b942b13bc85ee4124f0dee6f4266b39707c81c06fd4 "
            + "0x1e2d816ba8b96e5cb444883a2b095533becb805c654418fa2c65bba533a34311 "
            + "0x195dd519dc841a301a14de412c520b858c01ccc7ba0bd4177dd85d4b116416bb";
    /** The G1 point of the second pair. */
    public static final String SECOND_G1 = "0x1f1cebcff0a999ffa7c1b582e9afd6c875760fde2679e9fd830bf3979504b04f "
            + "0x179fe95fb3fb3807ebbad5ed2b40ddd06f7b73525382a64a43489606b3454a53";
    /** The G2 point of the second pair. */
    public static final String SECOND_G2 = "0x201eef3c872a7313da79f6aa628cc9795314fbac78484fdae2eba5086755ad6d "
            + "0x204e0376b942fe92ba6e2746d07d62f5dede7b8b6e172fa89ea0c5c4ccabaa31 "
            + "0x00e9f62300f921f5d4f2f7008aec59449a3f5e75add585ec4eccf04f5dc5b32f "
            + "0x17c150f0fb2ff472816b41868b98b9170233ee4647fe4bc41a1336c9a2c6567c";
    /** nearcore's valid two-pair vector: its pairing check is 1. */
    public static final String VALID_PAIRS = PAIR_G1 + " " + PAIR_G2 + " " + SECOND_G1 + " " + SECOND_G2;
}

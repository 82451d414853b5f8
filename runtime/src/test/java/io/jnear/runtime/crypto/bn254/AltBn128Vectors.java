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
}

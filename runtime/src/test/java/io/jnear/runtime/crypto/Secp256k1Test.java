package io.jnear.runtime.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class Secp256k1Test {
    private static final HexFormat HEX = HexFormat.of();
    private static final BigInteger N =
            new BigInteger("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141", 16);
    // Ethereum's ecrecover precompile test vector: hash, v = 27 (recovery id 0), r ‖ s, the signer's address
    private static final byte[] HASH = HEX.parseHex("47173285a8d7341e5e972fc677286384f802f8ef42a5ec5f03bbfa254cb01fad");
    private static final byte[] SIGNATURE = HEX.parseHex("650acf9d3f5f0a2c799776a1254355d5f4061762a237396a99a0e0e3fc2bcd67"
            + "29514a0dacb2e623ac4abd157cb18163ff942280db4d5caad66ddf941ba12e03");
    private static final String ADDRESS = "c08b5542d177ac6686946920409741463a15dddb";

    private static String address(byte[] publicKey) {
        return HEX.formatHex(Arrays.copyOfRange(Keccak.keccak256(publicKey), 12, 32));
    }

    @Test
    void recoversTheSignerOfEthereumsVector() {
        byte[] key = Secp256k1.recover(HASH, SIGNATURE, 0);
        assertTrue(Secp256k1.signatureValuesValid(SIGNATURE, true));
        assertArrayEquals(HEX.parseHex(ADDRESS), HEX.parseHex(address(key)));
    }

    @Test
    void theOtherRecoveryIdGivesAnotherKeyAndIdsAboveOneNeedRPlusNBelowP() {
        byte[] other = Secp256k1.recover(HASH, SIGNATURE, 1);
        assertFalse(Arrays.equals(other, Secp256k1.recover(HASH, SIGNATURE, 0)));
        // r + n ≥ p for this r, so there is no point for ids 2 and 3
        assertNull(Secp256k1.recover(HASH, SIGNATURE, 2));
        assertNull(Secp256k1.recover(HASH, SIGNATURE, 3));
    }

    @Test
    void theHighSFormIsValidOnlyWithoutTheMalleabilityCheckAndRecoversTheSameKeyWithTheOtherId() {
        byte[] high = SIGNATURE.clone();
        byte[] s = N.subtract(new BigInteger(1, Arrays.copyOfRange(SIGNATURE, 32, 64))).toByteArray();
        Arrays.fill(high, 32, 64, (byte) 0);
        System.arraycopy(s, Math.max(0, s.length - 32), high, 64 - Math.min(32, s.length), Math.min(32, s.length));
        assertTrue(Secp256k1.signatureValuesValid(high, false));
        assertFalse(Secp256k1.signatureValuesValid(high, true));
        assertArrayEquals(Secp256k1.recover(HASH, SIGNATURE, 0), Secp256k1.recover(HASH, high, 1));
    }

    @Test
    void zeroOrOutOfRangeValuesRecoverNothing() {
        byte[] zeroR = SIGNATURE.clone();
        Arrays.fill(zeroR, 0, 32, (byte) 0);
        assertNull(Secp256k1.recover(HASH, zeroR, 0));
        byte[] maxR = SIGNATURE.clone();
        Arrays.fill(maxR, 0, 32, (byte) 0xff);
        assertFalse(Secp256k1.signatureValuesValid(maxR, false));
    }
}

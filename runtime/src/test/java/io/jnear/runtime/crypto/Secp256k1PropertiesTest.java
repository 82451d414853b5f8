package io.jnear.runtime.crypto;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;

/** Signatures made with Bouncy Castle's ECDSA (deterministic k) recover to the signer's key. */
class Secp256k1PropertiesTest {
    private static final X9ECParameters CURVE = CustomNamedCurves.getByName("secp256k1");

    private static byte[] fixed32(BigInteger value) {
        byte[] be = value.toByteArray();
        byte[] out = new byte[32];
        int length = Math.min(be.length, 32);
        System.arraycopy(be, be.length - length, out, 32 - length, length);
        return out;
    }

    @Property(tries = 30)
    void oneOfTheRecoveryIdsGivesTheSignersKey(@ForAll @LongRange(min = 1) long secret, @ForAll long message) {
        BigInteger key = BigInteger.valueOf(secret).shiftLeft(130).add(BigInteger.valueOf(secret));
        byte[] hash = Keccak.keccak256(BigInteger.valueOf(message).toByteArray());
        ECDSASigner signer = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
        signer.init(true, new ECPrivateKeyParameters(key,
                new ECDomainParameters(CURVE.getCurve(), CURVE.getG(), CURVE.getN(), CURVE.getH())));
        BigInteger[] rs = signer.generateSignature(hash);
        byte[] signature = new byte[64];
        System.arraycopy(fixed32(rs[0]), 0, signature, 0, 32);
        System.arraycopy(fixed32(rs[1]), 0, signature, 32, 32);
        byte[] expected = Arrays.copyOfRange(CURVE.getG().multiply(key).normalize().getEncoded(false), 1, 65);
        boolean found = false;
        for (int id = 0; id < 4 && !found; id++) {
            found = Arrays.equals(expected, Secp256k1.recover(hash, signature, id));
        }
        assertTrue(found, "no recovery id gives the signer's key");
        assertTrue(Secp256k1.signatureValuesValid(signature, false));
    }
}

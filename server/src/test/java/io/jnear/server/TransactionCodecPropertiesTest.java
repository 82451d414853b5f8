package io.jnear.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnear.sdk.AccessKey;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.Action;
import io.jnear.sdk.Gas;
import io.jnear.sdk.NearToken;
import io.jnear.server.tx.Ed25519;
import io.jnear.server.tx.MalformedTransactionException;
import io.jnear.server.tx.SignedAction;
import io.jnear.server.tx.SignedTransaction;
import io.jnear.server.tx.TransactionDecoder;
import io.jnear.server.tx.TransactionEncoder;
import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any transaction the encoder writes decodes to itself, and any damage to its bytes is refused or detected. */
class TransactionCodecPropertiesTest {
    private static final Ed25519.Signer SIGNER = Ed25519.Signer.of(new byte[32]);

    @Property(tries = 200)
    void encodedTransactionsDecodeToThemselves(@ForAll("accounts") AccountId signer,
            @ForAll("accounts") AccountId receiver, @ForAll long nonce, @ForAll("actionLists") List<SignedAction> actions) {
        byte[] bytes = TransactionEncoder.sign(SIGNER, signer, nonce, receiver, new byte[32], actions);
        SignedTransaction tx = TransactionDecoder.decode(bytes);
        assertEquals(signer, tx.signerId());
        assertEquals(receiver, tx.receiverId());
        assertEquals(nonce, tx.nonce());
        assertEquals(actions, tx.actions());
        assertTrue(Ed25519.verify(tx.publicKey(), tx.hash().bytes(), tx.signature()));
    }

    @Property(tries = 200)
    void aFlippedByteIsRefusedOrBreaksTheSignature(@ForAll("actionLists") List<SignedAction> actions,
            @ForAll int position, @ForAll byte flip) {
        byte[] bytes = TransactionEncoder.sign(SIGNER, AccountId.of("alice.near"), 1, AccountId.of("bob.near"),
                new byte[32], actions);
        int at = Math.floorMod(position, bytes.length);
        bytes[at] ^= (byte) (flip == 0 ? 1 : flip);
        SignedTransaction tx;
        try {
            tx = TransactionDecoder.decode(bytes);
        } catch (MalformedTransactionException e) {
            return; // refused: fine
        }
        assertTrue(!Ed25519.verify(tx.publicKey(), tx.hash().bytes(), tx.signature()),
                "a damaged transaction must not verify (byte " + at + ")");
    }

    @Provide
    Arbitrary<AccountId> accounts() {
        return Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789").ofMinLength(2).ofMaxLength(20)
                .map(name -> AccountId.of(name + ".near"));
    }

    @Provide
    Arbitrary<List<SignedAction>> actionLists() {
        Arbitrary<SignedAction> transfer = Arbitraries.bigIntegers().between(BigInteger.ZERO,
                BigInteger.TWO.pow(128).subtract(BigInteger.ONE))
                .map(y -> new SignedAction.Plain(new Action.Transfer(NearToken.ofYocto(y))));
        Arbitrary<SignedAction> call = Combinators.combine(
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(30),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(100),
                Arbitraries.longs().between(0, Long.MAX_VALUE),
                Arbitraries.bigIntegers().between(BigInteger.ZERO, BigInteger.TEN.pow(30)))
                .as((method, args, gas, deposit) -> new SignedAction.Plain(new Action.FunctionCall(method, args,
                        Gas.of(gas), NearToken.ofYocto(deposit), 0)));
        Arbitrary<SignedAction> addKey = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10).list().ofMaxSize(3)
                .map(methods -> new SignedAction.Plain(new Action.AddKey(SIGNER.publicKey(), new AccessKey(0,
                        new AccessKey.FunctionCallPermission(NearToken.near(1), AccountId.of("c.near"), methods)))));
        Arbitrary<SignedAction> simple = Arbitraries.of(new SignedAction.Plain(new Action.CreateAccount()),
                new SignedAction.Plain(new Action.DeleteKey(SIGNER.publicKey())),
                new SignedAction.Plain(new Action.DeleteAccount(AccountId.of("beneficiary.near"))));
        return Arbitraries.oneOf(transfer, call, addKey, simple).list().ofMinSize(1).ofMaxSize(5);
    }

}

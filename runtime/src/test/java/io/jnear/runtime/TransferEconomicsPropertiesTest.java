package io.jnear.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jnear.sdk.AccountId;
import io.jnear.sdk.NearToken;
import java.math.BigInteger;
import java.util.HexFormat;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * Whatever a transfer's amount and receiver, the signer pays exactly the amount plus the tokens burnt
 * (send fees and execution at the gas price, plus the account creation charge when it creates an
 * account): the purchase-price surplus always comes back.
 */
class TransferEconomicsPropertiesTest {

    @Property(tries = 40)
    void theSignerPaysTheAmountAndTheTokensBurntNothingMore(@ForAll @LongRange(min = 0, max = 5_000_000) long milliNear,
            @ForAll @IntRange(min = 0, max = 2) int receiverKind, @ForAll @IntRange(min = 0, max = 255) int seed) {
        Sandbox sandbox = Sandbox.create();
        Account alice = sandbox.createAccount("alice.test.near", NearToken.near(10_000));
        AccountId receiver = switch (receiverKind) {
            case 0 -> sandbox.createAccount("bob.test.near", NearToken.near(1)).id();
            case 1 -> AccountId.of(HexFormat.of().formatHex(new byte[] {(byte) seed}).repeat(32));
            default -> AccountId.of("0x" + HexFormat.of().formatHex(new byte[] {(byte) seed}).repeat(20));
        };
        NearToken receiverBefore = sandbox.exists(receiver) ? sandbox.balance(receiver) : NearToken.ZERO;
        NearToken aliceBefore = alice.balance();
        NearToken amount = NearToken.ofYocto(BigInteger.valueOf(milliNear).multiply(BigInteger.TEN.pow(21)));

        ExecutionResult<Void> r = alice.transfer(receiver, amount);

        assertEquals(aliceBefore.minus(amount).minus(r.tokensBurnt()), alice.balance(), r::toTree);
        assertEquals(receiverBefore.plus(amount), sandbox.balance(receiver));
        sandbox.checkConservation();
    }
}

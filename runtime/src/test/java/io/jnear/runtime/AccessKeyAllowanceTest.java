package io.jnear.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.jnear.runtime.exec.TransactionTrace;
import io.jnear.runtime.fees.ActionCost;
import io.jnear.runtime.fees.ActionFees;
import io.jnear.runtime.outcome.ExecutionStatus;
import io.jnear.runtime.outcome.InvalidTxError;
import io.jnear.runtime.outcome.TxExecutionError;
import io.jnear.runtime.state.CryptoHash;
import io.jnear.sdk.AccessKey;
import io.jnear.sdk.Action;
import io.jnear.sdk.Gas;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.PublicKey;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A function-call access key pays a transaction's whole cost out of its allowance when the transaction is
 * converted, and gets the transaction's gas refunds back into it (nearcore's {@code try_refund_allowance}:
 * a refund from {@code system} whose signer is its receiver is a gas refund, credited to the key that
 * signed the transaction when that key is a function-call key with a limited allowance).
 */
class AccessKeyAllowanceTest {
    private static final ProtocolConfig PROTOCOL = ProtocolConfig.protocol86();
    private static final ActionFees FEES = PROTOCOL.fees();
    private static final BigInteger GAS_PRICE = BigInteger.valueOf(PROTOCOL.minGasPrice());
    private static final BigInteger PURCHASE_PRICE = BigInteger.valueOf(PROTOCOL.minGasPurchasePrice());
    private static final long ATTACHED = Gas.tgas(30).asGas();
    private static final PublicKey KEY = PublicKey.ed25519(new byte[] {
        1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29,
        30, 31, 32});

    private Sandbox sandbox;
    private Account alice;
    private Account bob;

    @BeforeEach
    void setUp() {
        sandbox = Sandbox.create();
        alice = sandbox.createAccount("alice.test.near", NearToken.near(10));
        bob = sandbox.createAccount("bob.test.near", NearToken.near(1)); // no contract
    }

    private void addKey(NearToken allowance) {
        AccessKey key = new AccessKey(0, new AccessKey.FunctionCallPermission(allowance, bob.id(), List.of()));
        sandbox.submitActions(alice.id(), alice.id(), List.of(new Action.AddKey(KEY, key))).await();
    }

    private NearToken allowance() {
        AccessKey key = sandbox.chain().state().get(alice.id()).key(KEY);
        return ((AccessKey.FunctionCallPermission) key.permission()).allowance();
    }

    private static List<Action> ping() {
        return List.of(new Action.FunctionCall("ping", "{}".getBytes(), Gas.of(ATTACHED), NearToken.ZERO, 0));
    }

    private TransactionTrace signedWithTheKey() {
        long nonce = sandbox.chain().state().get(alice.id()).key(KEY).nonce() + 1;
        TransactionTrace trace = sandbox.chain().submitSigned(alice.id(), KEY, nonce,
                CryptoHash.of("ping with the key"), bob.id(), ping());
        sandbox.runUntilIdle();
        return trace;
    }

    @Test
    void theGasRefundOfACallGoesBackIntoTheAllowance() {
        NearToken granted = NearToken.near(1);
        addKey(granted);
        TransactionTrace trace = signedWithTheKey();

        // bob has no code, so the call burns only its receipt's execution fees and fails
        long bytes = "ping".length() + "{}".length();
        long sendFees = FEES.fee(ActionCost.NEW_ACTION_RECEIPT).send(false) + FEES.fee(ActionCost.FUNCTION_CALL_BASE).send(false)
                + bytes * FEES.fee(ActionCost.FUNCTION_CALL_BYTE).send(false);
        long executionFees = FEES.fee(ActionCost.NEW_ACTION_RECEIPT).execution()
                + FEES.fee(ActionCost.FUNCTION_CALL_BASE).execution() + bytes * FEES.fee(ActionCost.FUNCTION_CALL_BYTE).execution();
        // conversion: send fees at the gas price, attached gas and execution fees at the purchase price
        BigInteger cost = BigInteger.valueOf(sendFees).multiply(GAS_PRICE)
                .add(BigInteger.valueOf(ATTACHED + executionFees).multiply(PURCHASE_PRICE));
        // refund: the unused attached gas at the purchase price, the price surplus on the burnt fees
        BigInteger refund = BigInteger.valueOf(ATTACHED).multiply(PURCHASE_PRICE)
                .add(BigInteger.valueOf(executionFees).multiply(PURCHASE_PRICE.subtract(GAS_PRICE)));

        assertEquals(executionFees, trace.receiptOutcomes().get(0).gasBurnt());
        assertEquals(sandbox.chain().transactionCost(alice.id(), bob.id(), ping()), cost);
        assertEquals(granted.asYocto().subtract(cost).add(refund), allowance().asYocto());
        // 1 NEAR - 0.030918907475833 NEAR + 0.0307992656240436 NEAR
        assertEquals(new BigInteger("999880358148210600000000"), allowance().asYocto());
        sandbox.checkConservation();
    }

    @Test
    void aKeyWhoseAllowanceDoesNotCoverTheCostIsRefusedAtConversionAndKeepsItsAllowance() {
        addKey(NearToken.ofYocto(1000));
        long nonce = sandbox.chain().state().get(alice.id()).key(KEY).nonce();
        TransactionTrace trace = signedWithTheKey();
        BigInteger cost = sandbox.chain().transactionCost(alice.id(), bob.id(), ping());
        ExecutionStatus.Failure failure = assertInstanceOf(ExecutionStatus.Failure.class,
                trace.transactionOutcome().status());
        InvalidTxError error = ((TxExecutionError.InvalidTx) failure.error()).error();
        assertEquals(new InvalidTxError.NotEnoughAllowance(alice.id(), KEY, NearToken.ofYocto(1000),
                NearToken.ofYocto(cost)), error);
        assertEquals("{\"InvalidAccessKeyError\":{\"NotEnoughAllowance\":{\"account_id\":\"alice.test.near\","
                + "\"public_key\":\"" + KEY + "\",\"allowance\":\"1000\",\"cost\":\"" + cost + "\"}}}",
                NearLimitsTest.json(error.json()));
        assertEquals("Access Key \"alice.test.near\":" + KEY + " does not have enough balance 1000 for transaction "
                + "costing " + cost, error.message());
        assertEquals(NearToken.ofYocto(1000), allowance());
        assertEquals(nonce, sandbox.chain().state().get(alice.id()).key(KEY).nonce(), "the nonce was not used");
    }

    @Test
    void aKeyWithoutALimitStaysUnlimited() {
        addKey(null);
        TransactionTrace trace = signedWithTheKey();
        assertEquals(2, trace.receiptOutcomes().size()); // the call and its gas refund
        assertEquals(null, allowance());
    }
}

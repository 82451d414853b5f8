package io.jnear.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnear.runtime.exec.InvalidTransactionException;
import io.jnear.runtime.fees.ActionCost;
import io.jnear.runtime.fees.ActionFees;
import io.jnear.runtime.outcome.ActionErrorKind;
import io.jnear.runtime.outcome.ExecutionOutcome;
import io.jnear.runtime.outcome.ExecutionStatus;
import io.jnear.runtime.outcome.InvalidTxError;
import io.jnear.runtime.outcome.TxExecutionError;
import io.jnear.sdk.AccessKey;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.Action;
import io.jnear.sdk.Gas;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.Promise;
import io.jnear.sdk.PublicKey;
import java.math.BigInteger;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Protocol 86's economics of creating accounts and buying gas, each figure derived from the constants:
 * B = gas price 10^8, P = purchase price 10^9, account_creation_charge 7·10^21 yocto.
 */
class AccountCreationChargeTest {
    private static final ProtocolConfig PROTOCOL = ProtocolConfig.protocol86();
    private static final ActionFees FEES = PROTOCOL.fees();
    private static final BigInteger B = BigInteger.valueOf(100_000_000L);
    private static final BigInteger P = BigInteger.valueOf(1_000_000_000L);
    private static final String NEAR_IMPLICIT = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
    private static final String ETH_IMPLICIT = "0x0123456789abcdef0123456789abcdef01234567";

    private Sandbox sandbox;
    private Account alice;

    @BeforeEach
    void setUp() {
        sandbox = Sandbox.create();
        alice = sandbox.createAccount("alice.test.near", NearToken.near(100));
    }

    private static long exec(ActionCost c) {
        return FEES.fee(c).execution();
    }

    private static long send(ActionCost c) {
        return FEES.fee(c).send(false);
    }

    private static NearToken yocto(BigInteger v) {
        return NearToken.ofYocto(v);
    }

    /** account_creation_charge − create_account.execution × B = 7·10^21 − 7.2·10^12 × 10^8 = 6.28·10^21. */
    private static BigInteger creationChargeBeyondGas() {
        return PROTOCOL.accountCreationCharge()
                .subtract(BigInteger.valueOf(exec(ActionCost.CREATE_ACCOUNT)).multiply(B));
    }

    @Test
    void theChargeBeyondTheCreationGasIs0_00628Near() {
        assertEquals(NearToken.parse("6280000000000000000000"), yocto(creationChargeBeyondGas()));
    }

    @Test
    void creatingAnAccountCosts0_007NearInAllTakenFromTheGasRefund() {
        AccountId x = AccountId.of("x.alice.test.near");
        NearToken before = alice.balance();

        ExecutionResult<Void> r = alice.transact(Promise.create(x).createAccount().transfer(NearToken.near(1))
                .addFullAccessKey(alice.publicKey()));

        assertTrue(r.isSuccess(), r::toTree);
        ExecutionOutcome create = r.receiptOutcomes().get(0);
        long burnt = exec(ActionCost.NEW_ACTION_RECEIPT) + exec(ActionCost.CREATE_ACCOUNT) + exec(ActionCost.TRANSFER)
                + exec(ActionCost.ADD_FULL_ACCESS_KEY);
        assertEquals(burnt, create.gasBurnt());
        // tokens burnt = burnt × B + the charge beyond create_account's gas
        BigInteger tokens = BigInteger.valueOf(burnt).multiply(B).add(creationChargeBeyondGas());
        assertEquals(yocto(tokens), create.tokensBurnt());
        // refund = (P − B) × burnt − that charge
        BigInteger refund = P.subtract(B).multiply(BigInteger.valueOf(burnt)).subtract(creationChargeBeyondGas());
        ExecutionOutcome refundReceipt = r.trace().outcome(create.receiptIds().get(0));
        assertEquals(new Action.Transfer(yocto(refund)), refundReceipt.actions().get(0));
        assertEquals(before.minus(NearToken.near(1)).minus(r.transactionOutcome().tokensBurnt())
                .minus(create.tokensBurnt()), alice.balance());
        assertEquals(NearToken.near(1), sandbox.balance(x));
    }

    @Test
    void theChargeComesOnlyOutOfThePriceSurplus() {
        // at a gas price of 10^9 the purchase price is the same, there is no surplus and nothing to charge
        Sandbox expensive = Sandbox.create(SandboxConfig.builder().gasPrice(1_000_000_000L).build());
        Account bob = expensive.createAccount("bob.test.near", NearToken.near(10));

        ExecutionResult<Void> r = bob.transact(Promise.create(AccountId.of("x.bob.test.near")).createAccount()
                .transfer(NearToken.near(1)));

        ExecutionOutcome create = r.receiptOutcomes().get(0);
        assertEquals(yocto(BigInteger.valueOf(create.gasBurnt()).multiply(P)), create.tokensBurnt());
        assertEquals(1, r.receiptOutcomes().size(), "no unused gas and no surplus: no refund");
    }

    @Test
    void aTransferToANewNearImplicitAccountCreatesItWithItsKeyAndPaysForCreation() {
        AccountId implicit = AccountId.of(NEAR_IMPLICIT);

        ExecutionResult<Void> r = alice.transfer(implicit, NearToken.near(2));

        assertTrue(r.isSuccess(), r::toTree);
        long sendFees = send(ActionCost.NEW_ACTION_RECEIPT) + send(ActionCost.TRANSFER)
                + send(ActionCost.CREATE_ACCOUNT) + send(ActionCost.ADD_FULL_ACCESS_KEY);
        assertEquals(sendFees, r.transactionOutcome().gasBurnt());
        ExecutionOutcome receipt = r.receiptOutcomes().get(0);
        long execFees = exec(ActionCost.NEW_ACTION_RECEIPT) + exec(ActionCost.TRANSFER)
                + exec(ActionCost.CREATE_ACCOUNT) + exec(ActionCost.ADD_FULL_ACCESS_KEY);
        assertEquals(execFees, receipt.gasBurnt());
        assertEquals(yocto(BigInteger.valueOf(execFees).multiply(B).add(creationChargeBeyondGas())),
                receipt.tokensBurnt());
        assertEquals(NearToken.near(2), sandbox.balance(implicit));
        assertEquals(100 + 82, sandbox.storageUsage(implicit), "the account and its full-access key");
        PublicKey key = PublicKey.ed25519(HexFormat.of().parseHex(NEAR_IMPLICIT));
        AccessKey created = sandbox.chain().state().get(implicit).key(key);
        assertInstanceOf(AccessKey.FullAccess.class, created.permission());
        // its nonce is (height − 1) × 10^6, as for any key added in that block
        assertEquals((receipt.blockHeight() - 1) * ProtocolConfig.ACCESS_KEY_NONCE_RANGE_MULTIPLIER, created.nonce());

        ExecutionResult<Void> again = alice.transfer(implicit, NearToken.near(1));
        ExecutionOutcome second = again.receiptOutcomes().get(0);
        assertEquals(sendFees, again.transactionOutcome().gasBurnt(), "the fees are paid whether or not it exists");
        assertEquals(yocto(BigInteger.valueOf(execFees).multiply(B)), second.tokensBurnt(), "but no creation charge");
    }

    @Test
    void aTransferToAnEthImplicitAccountPaysCreateAccountButNoKey() {
        AccountId implicit = AccountId.of(ETH_IMPLICIT);

        ExecutionResult<Void> r = alice.transfer(implicit, NearToken.near(2));

        assertTrue(r.isSuccess(), r::toTree);
        long sendFees = send(ActionCost.NEW_ACTION_RECEIPT) + send(ActionCost.TRANSFER) + send(ActionCost.CREATE_ACCOUNT);
        assertEquals(sendFees, r.transactionOutcome().gasBurnt());
        long execFees = exec(ActionCost.NEW_ACTION_RECEIPT) + exec(ActionCost.TRANSFER) + exec(ActionCost.CREATE_ACCOUNT);
        assertEquals(execFees, r.receiptOutcomes().get(0).gasBurnt());
        assertTrue(sandbox.chain().state().get(implicit).keys().isEmpty());
        assertEquals(NearToken.near(2), sandbox.balance(implicit));
        // the account record plus the 32-byte hash of the wallet contract it uses (nearcore: 100 + 32)
        assertEquals(PROTOCOL.accountBytes() + 32, sandbox.storageUsage(implicit));
    }

    @Test
    void theSandboxHoldsNoWalletContractSoACallToAnEthImplicitAccountFindsNoCode() {
        // nearcore runs the wallet contract (a global contract) here; the sandbox has none to run (README)
        AccountId implicit = AccountId.of(ETH_IMPLICIT);
        alice.transfer(implicit, NearToken.near(2));
        ExecutionResult<String> r = alice.call(implicit, "rlp_execute", "{}");
        assertEquals("cannot find contract code for account " + ETH_IMPLICIT, r.failureText());
    }

    @Test
    void onlyALoneTransferCreatesAnImplicitAccount() {
        AccountId implicit = AccountId.of(NEAR_IMPLICIT);

        ExecutionResult<Void> r = alice.transact(Promise.create(implicit).transfer(NearToken.near(1))
                .transfer(NearToken.near(1)));

        TxExecutionError.ActionError error = (TxExecutionError.ActionError) r.failure().orElseThrow();
        assertInstanceOf(ActionErrorKind.AccountDoesNotExist.class, error.kind());
        assertEquals("Can't complete the action because account \"" + NEAR_IMPLICIT + "\" doesn't exist",
                r.failureText());
        assertFalse(sandbox.exists(implicit));
    }

    @Test
    void aRefundNeverCreatesAnImplicitAccount() {
        AccountId implicit = AccountId.of(NEAR_IMPLICIT);
        alice.transfer(implicit, NearToken.near(2));

        // the implicit account deletes itself; the gas refund of that receipt goes to its signer, gone by then
        ExecutionResult<byte[]> r = sandbox.submitActions(implicit, implicit,
                List.of(new Action.DeleteAccount(alice.id()))).await();

        ExecutionOutcome refund = r.receiptOutcomes().stream()
                .filter(o -> o.isRefund() && o.executorId().equals(implicit)).findFirst().orElseThrow();
        // a lone transfer to a missing implicit ID, but from system: it fails and its amount is burnt
        assertEquals("Can't complete the action because account \"" + NEAR_IMPLICIT + "\" doesn't exist",
                ((ExecutionStatus.Failure) refund.status()).error().message());
        assertFalse(sandbox.exists(implicit));
        // its execution fees are those of a transfer to a NEAR-implicit ID, charged before the transfer failed,
        // as gas at the refund's price of 0
        assertEquals(exec(ActionCost.NEW_ACTION_RECEIPT) + exec(ActionCost.TRANSFER) + exec(ActionCost.CREATE_ACCOUNT)
                + exec(ActionCost.ADD_FULL_ACCESS_KEY), refund.gasBurnt());
        assertEquals(NearToken.ZERO, refund.tokensBurnt());
        sandbox.checkConservation();
    }

    @Test
    void createAccountOfAnImplicitIdIsRefused() {
        AccountId implicit = AccountId.of(NEAR_IMPLICIT);

        ExecutionResult<Void> r = sandbox.root().transact(Promise.create(implicit).createAccount()
                .transfer(NearToken.near(1)));

        TxExecutionError.ActionError error = (TxExecutionError.ActionError) r.failure().orElseThrow();
        assertEquals(new ActionErrorKind.OnlyImplicitAccountCreationAllowed(implicit), error.kind());
        assertEquals("CreateAccount action is called on hex-characters account of length 64 " + NEAR_IMPLICIT,
                r.failureText());
        assertFalse(sandbox.exists(implicit));
    }

    @Test
    void gasIsBoughtAtThePurchasePriceSoA300TgasCallNeeds0_3Near() {
        Account poor = alice.createSubAccount("poor", NearToken.milliNear(250));
        Account store = sandbox.deploy("store.test.near", TestContracts.store(), null);
        Action.FunctionCall call = new Action.FunctionCall("echo", "{\"value\":\"v\"}".getBytes(), Gas.tgas(300),
                NearToken.ZERO, 0);

        InvalidTransactionException e = assertThrows(InvalidTransactionException.class,
                () -> sandbox.submitActions(poor.id(), store.id(), List.of(call)));

        InvalidTxError.NotEnoughBalance error = assertInstanceOf(InvalidTxError.NotEnoughBalance.class, e.error());
        long send = send(ActionCost.NEW_ACTION_RECEIPT) + send(ActionCost.FUNCTION_CALL_BASE)
                + send(ActionCost.FUNCTION_CALL_BYTE) * ActionFees.functionCallBytes(call);
        long prepaid = exec(ActionCost.NEW_ACTION_RECEIPT) + exec(ActionCost.FUNCTION_CALL_BASE)
                + exec(ActionCost.FUNCTION_CALL_BYTE) * ActionFees.functionCallBytes(call) + Gas.tgas(300).asGas();
        // cost = send × B + (execution fees + 300 Tgas) × P: more than 0.3 NEAR
        BigInteger cost = BigInteger.valueOf(send).multiply(B).add(BigInteger.valueOf(prepaid).multiply(P));
        assertEquals(yocto(cost), error.cost());
        assertTrue(error.cost().compareTo(NearToken.milliNear(300)) > 0);
    }

    @Test
    void protocol87PaysContractsNoReward() {
        Sandbox p86 = Sandbox.create();
        Sandbox p87 = Sandbox.create(SandboxConfig.builder().protocolVersion(87).build());
        for (Sandbox s : List.of(p86, p87)) {
            s.deploy("store.test.near", TestContracts.store(), null);
        }
        Account a86 = p86.createAccount("alice.test.near", NearToken.near(10));
        Account a87 = p87.createAccount("alice.test.near", NearToken.near(10));

        ExecutionResult<String> r86 = a86.call(AccountId.of("store.test.near"), "set", "{\"key\":\"k\",\"value\":\"v\"}");
        ExecutionResult<String> r87 = a87.call(AccountId.of("store.test.near"), "set", "{\"key\":\"k\",\"value\":\"v\"}");

        ExecutionOutcome call = r86.receiptOutcomes().get(0);
        long vmBurnt = call.gasBurnt() - exec(ActionCost.NEW_ACTION_RECEIPT)
                - PROTOCOL.fees().execution(call.actions().get(0), io.jnear.runtime.state.AccountKind.NAMED);
        // 30% of the call's own gas, at the gas price
        assertEquals(yocto(BigInteger.valueOf(vmBurnt * 3 / 10).multiply(B)),
                r86.gasRewardOf(AccountId.of("store.test.near")));
        assertEquals(NearToken.ZERO, r87.gasRewardOf(AccountId.of("store.test.near")));
        assertEquals(call.gasBurnt(), r87.receiptOutcomes().get(0).gasBurnt(), "the same gas either way");
        assertEquals(87, p87.config().protocol().version());
    }

    @Test
    void aRefundToADeletedSignerIsBurnt() {
        Account x = alice.createSubAccount("gone", NearToken.near(3));
        ExecutionResult<Void> r = x.transact(Promise.create(x.id()).deleteAccount(alice.id()));
        ExecutionOutcome refund = r.receiptOutcomes().stream().filter(o -> o.isRefund() && o.executorId().equals(x.id()))
                .findFirst().orElseThrow();
        assertInstanceOf(ExecutionStatus.Failure.class, refund.status());
        assertNull(sandbox.chain().state().get(x.id()));
    }
}

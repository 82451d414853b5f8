package io.jnear.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnear.runtime.outcome.ActionErrorKind;
import io.jnear.runtime.outcome.ExecutionOutcome;
import io.jnear.runtime.outcome.TxExecutionError;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.Promise;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccountRulesTest {
    private Sandbox sandbox;
    private Account alice;
    private Account bob;

    @BeforeEach
    void setUp() {
        sandbox = Sandbox.create();
        alice = sandbox.createAccount("alice.test.near", NearToken.near(10));
        bob = sandbox.createAccount("bob.test.near", NearToken.near(10));
    }

    private static ActionErrorKind kindOf(ExecutionResult<?> r) {
        return assertInstanceOf(TxExecutionError.ActionError.class, r.failure().orElseThrow()).kind();
    }

    @Test
    void onlyTheParentMayCreateASubAccount() {
        NearToken before = bob.balance();
        ExecutionResult<Void> r = bob.transact(Promise.create("x.alice.test.near").createAccount()
                .transfer(NearToken.near(1)));

        ActionErrorKind.CreateAccountNotAllowed error = assertInstanceOf(ActionErrorKind.CreateAccountNotAllowed.class,
                kindOf(r));
        assertEquals(AccountId.of("x.alice.test.near"), error.accountId());
        assertEquals(bob.id(), error.predecessorId());
        assertEquals("{\"ActionError\":{\"index\":0,\"kind\":{\"CreateAccountNotAllowed\":{\"account_id\":"
                + "\"x.alice.test.near\",\"predecessor_id\":\"bob.test.near\"}}}}",
                GasAndStorageTest.json(r.failure().orElseThrow()));
        assertFalse(sandbox.exists(AccountId.of("x.alice.test.near")));
        assertTrue(r.receiptOutcomes().stream().anyMatch(o -> o.isRefund() && o.executorId().equals(bob.id())),
                "the 1 NEAR comes back by a refund receipt");
        assertEquals(before.minus(r.tokensBurnt()), bob.balance());
    }

    @Test
    void theParentCreatesItsSubAccount() {
        Account x = alice.createSubAccount("x", NearToken.near(2));
        assertTrue(x.exists());
        assertEquals(NearToken.near(2), x.balance());
        assertEquals(182, x.storageUsage(), "100 bytes of account plus 82 of its full-access key");
    }

    @Test
    void onlyTheRegistrarCreatesTopLevelAccounts() {
        ExecutionResult<Void> r = alice.transact(Promise.create("carol").createAccount().transfer(NearToken.near(1)));
        ActionErrorKind.CreateAccountOnlyByRegistrar error = assertInstanceOf(
                ActionErrorKind.CreateAccountOnlyByRegistrar.class, kindOf(r));
        assertEquals(AccountId.of("test.near"), error.registrarAccountId());

        Account carol = sandbox.createAccount("carol", NearToken.near(1));
        assertTrue(carol.exists());
    }

    @Test
    void creatingAnExistingAccountFails() {
        ExecutionResult<Void> r = sandbox.root().transact(Promise.create(alice.id()).createAccount());
        assertInstanceOf(ActionErrorKind.AccountAlreadyExists.class, kindOf(r));
    }

    @Test
    void deployingToSomeoneElsesAccountNeedsPermission() {
        ExecutionResult<Void> r = bob.transact(Promise.create(alice.id()).deployContract(TestContracts.store()));
        ActionErrorKind.ActorNoPermission error = assertInstanceOf(ActionErrorKind.ActorNoPermission.class, kindOf(r));
        assertEquals(alice.id(), error.accountId());
        assertEquals(bob.id(), error.actorId());
    }

    @Test
    void callingAMissingAccountFailsWithAccountDoesNotExist() {
        ExecutionResult<String> r = alice.call(AccountId.of("nobody.test.near"), "x", "{}");
        assertInstanceOf(ActionErrorKind.AccountDoesNotExist.class, kindOf(r));
    }

    @Test
    void invalidAccountIdsAreRejectedWithTheRuleTheyBroke() {
        IllegalArgumentException upper = assertThrows(IllegalArgumentException.class,
                () -> sandbox.createAccount("Alice.test.near", NearToken.near(1)));
        assertEquals("Invalid account ID 'Alice.test.near': the character 'A' at position 0 is not allowed "
                + "(only a-z, 0-9 and the separators - _ .)", upper.getMessage());
        IllegalArgumentException dots = assertThrows(IllegalArgumentException.class,
                () -> sandbox.createAccount("a..test.near", NearToken.near(1)));
        assertEquals("Invalid account ID 'a..test.near': the separator '.' at position 2 follows another separator",
                dots.getMessage());
    }

    @Test
    void deletingAnAccountSendsItsBalanceToTheBeneficiary() {
        Account x = alice.createSubAccount("x", NearToken.near(3));
        NearToken bobBefore = bob.balance();
        ExecutionResult<Void> r = x.transact(Promise.create(x.id()).deleteAccount(bob.id()));

        assertTrue(r.isSuccess());
        assertFalse(x.exists());
        ExecutionOutcome transfer = r.receiptOutcomes().stream().filter(o -> o.executorId().equals(bob.id()))
                .findFirst().orElseThrow();
        NearToken sent = ((io.jnear.sdk.Action.Transfer) transfer.actions().get(0)).deposit();
        assertEquals(bobBefore.plus(sent), bob.balance());
        // x paid its send fees at the gas price and the prepaid execution fees at the purchase price;
        // the rest went to bob
        ExecutionOutcome delete = r.receiptOutcomes().get(0);
        java.math.BigInteger prepaid = java.math.BigInteger.valueOf(delete.gasBurnt())
                .multiply(java.math.BigInteger.valueOf(sandbox.config().gasPurchasePrice()));
        assertEquals(NearToken.near(3).minus(r.transactionOutcome().tokensBurnt()).minus(NearToken.ofYocto(prepaid)),
                sent, "all that was left, after fees");
        ExecutionOutcome gasRefund = r.receiptOutcomes().stream()
                .filter(o -> o.isRefund() && o.executorId().equals(x.id())).findFirst().orElseThrow();
        assertEquals("Can't complete the action because account \"x.alice.test.near\" doesn't exist",
                ((io.jnear.runtime.outcome.ExecutionStatus.Failure) gasRefund.status()).error().message(),
                "the gas refund finds its signer deleted and is burnt");
    }
}

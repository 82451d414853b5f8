package io.jnear.samples.joins;

import static io.jnear.testing.OutcomeAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnear.runtime.Account;
import io.jnear.runtime.ExecutionResult;
import io.jnear.runtime.Sandbox;
import io.jnear.runtime.outcome.ExecutionOutcome;
import io.jnear.runtime.outcome.TxExecutionError;
import io.jnear.samples.testing.BuildMode;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.Action;
import io.jnear.sdk.NearToken;
import io.jnear.testing.JnearTest;
import io.jnear.testing.TestAccount;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@JnearTest
class OracleFactoryTest {
    private static final AccountId ORACLE = AccountId.of("eur.factory.test.near");

    Sandbox sandbox;
    @TestAccount
    Account alice;
    Account factory;

    /**
     * The build the contracts run in; {@code OracleFactoryWasmTest} runs the same tests on the Wasm build,
     * where the factory deploys the oracle's Wasm module, built into its own.
     */
    BuildMode mode() {
        return BuildMode.JVM;
    }

    @BeforeEach
    void deployFactory() {
        factory = mode().deploy(sandbox, "factory.test.near", OracleFactory.class, null);
    }

    /** What the oracle account gets: enough to stake the storage of its code in both builds (its module is 246 KB). */
    private static final NearToken DEPOSIT = NearToken.near(3);

    private ExecutionResult<Boolean> createOracle(long price) {
        return alice.transact(OracleFactoryStub.on(factory.id()).withAttachedDeposit(DEPOSIT)
                .createOracle("eur", price));
    }

    @Test
    void createsFundsDeploysAndInitialisesTheOracleInOneReceipt() {
        ExecutionResult<Boolean> r = createOracle(108);

        assertTrue(r.value(), r::toTree);
        List<ExecutionOutcome> onOracle = r.receiptsOn(ORACLE);
        assertEquals(1, onOracle.size(), "one receipt did everything");
        ExecutionOutcome batch = onOracle.get(0);
        assertEquals(List.of(Action.CreateAccount.class, Action.Transfer.class, Action.DeployContract.class,
                Action.FunctionCall.class), batch.actions().stream().map(Object::getClass).toList());
        assertEquals(factory.id(), batch.predecessorId());
        assertEquals(r.receipt(factory.id(), "create_oracle").blockHeight() + 1, batch.blockHeight());
        assertEquals(List.of("Created eur.factory.test.near"), r.logs());

        assertEquals(108L, sandbox.view(PriceOracleStub.on(ORACLE).getPrice()));
        assertEquals(DEPOSIT.plus(r.gasRewardOf(ORACLE)), sandbox.balance(ORACLE),
                "the oracle holds the deposit plus the gas reward its initialiser earned");
    }

    @Test
    void aFailingInitialiserRevertsTheWholeBatchAndTheDepositComesBack() {
        ExecutionResult<Boolean> r = createOracle(0);

        assertFalse(r.value(), r::toTree);
        ExecutionOutcome batch = r.failures().get(0);
        assertEquals(ORACLE, batch.executorId());
        TxExecutionError.ActionError error = assertInstanceOf(TxExecutionError.ActionError.class,
                batch.failure().orElseThrow());
        assertEquals(3, error.index(), "the fourth action, the initialiser, failed");
        assertEquals("Smart contract panicked: The price must be positive", error.message());
        assertFalse(sandbox.exists(ORACLE), "account creation, funding and deployment were reverted with it");

        // NEAR refunded the batch's deposit to the factory, which passed it on to alice and kept only its gas
        // rewards: alice paid only for gas
        assertThat(r).refunded(factory.id(), DEPOSIT)
                .hasLogs("Could not create eur.factory.test.near; returning 3 NEAR to alice.test.near")
                .changedBalanceOf(alice.id(), r.tokensBurnt().asYocto().negate())
                .changedBalanceOf(factory.id(), r.gasRewardOf(factory.id()).asYocto());
    }

    @Test
    void anExistingAccountNameFailsTheFirstAction() {
        assertTrue(createOracle(108).value());

        ExecutionResult<Boolean> again = createOracle(120);

        assertFalse(again.value(), again::toTree);
        TxExecutionError.ActionError error = assertInstanceOf(TxExecutionError.ActionError.class,
                again.failures().get(0).failure().orElseThrow());
        assertEquals(0, error.index());
        assertEquals(108L, sandbox.view(PriceOracleStub.on(ORACLE).getPrice()), "the first oracle is untouched");
    }
}

package io.jnear.samples.joins;

import static io.jnear.testing.OutcomeAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnear.runtime.Account;
import io.jnear.runtime.ExecutionResult;
import io.jnear.runtime.Sandbox;
import io.jnear.runtime.outcome.ExecutionOutcome;
import io.jnear.samples.testing.BuildMode;
import io.jnear.testing.JnearTest;
import io.jnear.testing.TestAccount;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@JnearTest
class PriceAggregatorTest {
    Sandbox sandbox;
    @TestAccount
    Account alice;
    Account oracleA;
    Account oracleB;
    Account oracleC;
    // never initialised: every call of it fails with "The contract is not initialized"
    Account oracleDown;

    /** The build the contracts run in; the {@code …WasmTest} twin runs the same tests on the Wasm build. */
    BuildMode mode() {
        return BuildMode.JVM;
    }

    @BeforeEach
    void deployOracles() {
        oracleA = mode().deploy(sandbox, "oracle-a.test.near", PriceOracle.class, PriceOracleStub.init(100));
        oracleB = mode().deploy(sandbox, "oracle-b.test.near", PriceOracle.class, PriceOracleStub.init(110));
        oracleC = mode().deploy(sandbox, "oracle-c.test.near", PriceOracle.class, PriceOracleStub.init(150));
        oracleDown = mode().deploy(sandbox, "oracle-down.test.near", PriceOracle.class, null);
    }

    private Account aggregatorOf(Account first, Account second, String third) {
        return mode().deploy(sandbox, "aggregator.test.near", PriceAggregator.class,
                PriceAggregatorStub.init(first.id().toString(), second.id().toString(), third));
    }

    @Test
    void averagesThePricesOfThreeOraclesAskedInTheSameBlock() {
        Account aggregator = aggregatorOf(oracleA, oracleB, oracleC.id().toString());

        ExecutionResult<Long> r = alice.transact(PriceAggregatorStub.on(aggregator.id()).averagePrice());

        assertThat(r).hasValue(120L).hasLogs();
        List<ExecutionOutcome> asked = r.receipts("get_price");
        assertEquals(3, asked.size());
        long askedAt = r.receipt(aggregator.id(), "average_price").blockHeight() + 1;
        assertTrue(asked.stream().allMatch(o -> o.blockHeight() == askedAt), "all three run in one block");
        // the callback runs once the last of the three has answered
        assertThat(r).receipt(aggregator.id(), "average_price_callback").ranInBlock(askedAt + 1);
    }

    @Test
    void oneFailingOracleCostsItsAnswerNotTheQuery() {
        Account aggregator = aggregatorOf(oracleA, oracleDown, oracleC.id().toString());

        ExecutionResult<Long> r = alice.transact(PriceAggregatorStub.on(aggregator.id()).averagePrice());

        assertThat(r).hasValue(125L).hasLogs("oracle-down.test.near did not answer")
                .receipt(oracleDown.id(), "get_price")
                .failedWith("Smart contract panicked: The contract is not initialized");
    }

    @Test
    void theQueryFailsOnlyWhenNoOracleAnswers() {
        Account aggregator = aggregatorOf(oracleDown, sandbox.account("nobody.test.near"), oracleDown.id().toString());

        ExecutionResult<Long> r = alice.transact(PriceAggregatorStub.on(aggregator.id()).averagePrice());

        assertThat(r).failedWith("Smart contract panicked: No oracle answered")
                .receipt(aggregator.id(), "average_price_callback")
                .hasLogs("oracle-down.test.near did not answer", "nobody.test.near did not answer",
                        "oracle-down.test.near did not answer");
    }
}

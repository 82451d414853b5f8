package io.jnear.samples.joins;

import static io.jnear.testing.OutcomeAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnear.runtime.Account;
import io.jnear.runtime.ExecutionResult;
import io.jnear.runtime.Sandbox;
import io.jnear.runtime.outcome.ExecutionOutcome;
import io.jnear.testing.Deployed;
import io.jnear.testing.JnearTest;
import io.jnear.testing.TestAccount;
import java.util.List;
import org.junit.jupiter.api.Test;

@JnearTest
class PriceAggregatorTest {
    Sandbox sandbox;
    @TestAccount
    Account alice;
    @Deployed(id = "oracle-a.test.near", contract = PriceOracle.class, init = "new", args = "{\"price\":100}")
    Account oracleA;
    @Deployed(id = "oracle-b.test.near", contract = PriceOracle.class, init = "new", args = "{\"price\":110}")
    Account oracleB;
    @Deployed(id = "oracle-c.test.near", contract = PriceOracle.class, init = "new", args = "{\"price\":150}")
    Account oracleC;
    // never initialised: every call of it fails with "The contract is not initialized"
    @Deployed(id = "oracle-down.test.near", contract = PriceOracle.class)
    Account oracleDown;

    private Account aggregatorOf(Account first, Account second, String third) {
        return sandbox.deploy("aggregator.test.near", PriceAggregator.class,
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

package io.jnear.samples.joins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnear.runtime.Account;
import io.jnear.runtime.ExecutionResult;
import io.jnear.runtime.Sandbox;
import io.jnear.runtime.outcome.ExecutionOutcome;
import io.jnear.runtime.outcome.ExecutionStatus;
import io.jnear.samples.testing.Receipts;
import io.jnear.sdk.NearToken;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PriceAggregatorTest {
    private Sandbox sandbox;
    private Account alice;

    @BeforeEach
    void deployOracles() {
        sandbox = Sandbox.create();
        alice = sandbox.createAccount("alice.test.near", NearToken.near(10));
        sandbox.deploy("oracle-a.test.near", PriceOracle.class, PriceOracleStub.init(100));
        sandbox.deploy("oracle-b.test.near", PriceOracle.class, PriceOracleStub.init(110));
        sandbox.deploy("oracle-c.test.near", PriceOracle.class, PriceOracleStub.init(150));
        // never initialised: every call of it fails with "The contract is not initialized"
        sandbox.deploy("oracle-down.test.near", PriceOracle.class);
    }

    private Account aggregatorOf(String first, String second, String third) {
        return sandbox.deploy("aggregator.test.near", PriceAggregator.class,
                PriceAggregatorStub.init(first, second, third));
    }

    @Test
    void averagesThePricesOfThreeOraclesAskedInTheSameBlock() {
        Account aggregator = aggregatorOf("oracle-a.test.near", "oracle-b.test.near", "oracle-c.test.near");

        ExecutionResult<Long> r = alice.transact(PriceAggregatorStub.on(aggregator.id()).averagePrice());

        assertEquals(120L, r.value(), r::toTree);
        assertEquals(List.of(), r.logs());
        List<ExecutionOutcome> asked = r.receiptOutcomes().stream()
                .filter(o -> o.executorId().toString().startsWith("oracle-")).toList();
        assertEquals(3, asked.size());
        long askedAt = Receipts.call(r, aggregator.id(), "average_price").blockHeight() + 1;
        assertTrue(asked.stream().allMatch(o -> o.blockHeight() == askedAt), "all three run in one block");
        assertEquals(askedAt + 1, Receipts.call(r, aggregator.id(), "average_price_callback").blockHeight(),
                "the callback runs once the last of the three has answered");
    }

    @Test
    void oneFailingOracleCostsItsAnswerNotTheQuery() {
        Account aggregator = aggregatorOf("oracle-a.test.near", "oracle-down.test.near", "oracle-c.test.near");

        ExecutionResult<Long> r = alice.transact(PriceAggregatorStub.on(aggregator.id()).averagePrice());

        assertEquals(125L, r.value(), r::toTree);
        assertEquals(List.of("oracle-down.test.near did not answer"), r.logs());
        ExecutionOutcome down = r.failures().get(0);
        assertEquals("oracle-down.test.near", down.executorId().toString());
        assertEquals("Smart contract panicked: The contract is not initialized",
                ((ExecutionStatus.Failure) down.status()).error().message());
        assertTrue(r.isSuccess());
    }

    @Test
    void theQueryFailsOnlyWhenNoOracleAnswers() {
        Account aggregator = aggregatorOf("oracle-down.test.near", "nobody.test.near", "oracle-down.test.near");

        ExecutionResult<Long> r = alice.transact(PriceAggregatorStub.on(aggregator.id()).averagePrice());

        assertEquals("Smart contract panicked: No oracle answered", r.failureText());
        assertEquals(List.of("oracle-down.test.near did not answer", "nobody.test.near did not answer",
                "oracle-down.test.near did not answer"), Receipts.call(r, aggregator.id(), "average_price_callback").logs());
    }
}

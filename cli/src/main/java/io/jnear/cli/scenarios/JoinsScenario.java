package io.jnear.cli.scenarios;

import io.jnear.cli.Narrator;
import io.jnear.cli.Scenario;
import io.jnear.runtime.Account;
import io.jnear.runtime.Sandbox;
import io.jnear.samples.joins.OracleFactory;
import io.jnear.samples.joins.OracleFactoryStub;
import io.jnear.samples.joins.PriceAggregator;
import io.jnear.samples.joins.PriceAggregatorStub;
import io.jnear.samples.joins.PriceOracle;
import io.jnear.samples.joins.PriceOracleStub;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.NearToken;

/** Sample 3: three oracles asked at once, one callback; and a factory's batch of actions on one receipt. */
public final class JoinsScenario implements Scenario {
    @Override
    public String name() {
        return "joins";
    }

    @Override
    public String summary() {
        return "three contracts asked in one block, one callback; a factory creates+funds+deploys+inits at once";
    }

    @Override
    public void run(Sandbox sandbox, Narrator narrator) {
        Account alice = sandbox.createAccount("alice.test.near", NearToken.near(10));
        sandbox.deploy("oracle-a.test.near", PriceOracle.class, PriceOracleStub.init(100));
        sandbox.deploy("oracle-b.test.near", PriceOracle.class, PriceOracleStub.init(150));
        sandbox.deploy("oracle-down.test.near", PriceOracle.class);
        Account aggregator = sandbox.deploy("aggregator.test.near", PriceAggregator.class,
                PriceAggregatorStub.init("oracle-a.test.near", "oracle-b.test.near", "oracle-down.test.near"));

        narrator.step("the aggregator asks three oracles in the same block (one was never initialised) "
                + "and averages the answers in one callback");
        narrator.transaction(alice.transact(PriceAggregatorStub.on(aggregator.id()).averagePrice()));

        Account factory = sandbox.deploy("factory.test.near", OracleFactory.class);
        narrator.step("the factory creates eur.factory.test.near in one receipt: create account, transfer "
                + "2 NEAR, deploy PriceOracle, call its initialiser");
        narrator.transaction(alice.transact(OracleFactoryStub.on(factory.id()).withAttachedDeposit(NearToken.near(2))
                .createOracle("eur", 108)));
        narrator.note("eur.factory.test.near reports "
                + sandbox.view(PriceOracleStub.on(AccountId.of("eur.factory.test.near")).getPrice()));

        narrator.step("the same with a price of 0: the initialiser panics, the whole batch is reverted, "
                + "and the factory's callback returns the refunded deposit to alice");
        narrator.transaction(alice.transact(OracleFactoryStub.on(factory.id()).withAttachedDeposit(NearToken.near(2))
                .createOracle("gbp", 0)));
        narrator.note("gbp.factory.test.near exists: " + sandbox.exists(AccountId.of("gbp.factory.test.near")));
    }
}

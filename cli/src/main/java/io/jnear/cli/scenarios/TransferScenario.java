package io.jnear.cli.scenarios;

import io.jnear.cli.Narrator;
import io.jnear.cli.Scenario;
import io.jnear.runtime.Account;
import io.jnear.runtime.Sandbox;
import io.jnear.sdk.NearToken;

/** The smallest story: one transfer, its fees, and where the tokens went. */
public final class TransferScenario implements Scenario {
    @Override
    public String name() {
        return "transfer";
    }

    @Override
    public String summary() {
        return "alice sends bob 1 NEAR: the transaction, its receipt one block later, the fees burnt, the gas refund";
    }

    @Override
    public void run(Sandbox sandbox, Narrator narrator) {
        Account alice = sandbox.createAccount("alice.test.near", NearToken.near(10));
        Account bob = sandbox.createAccount("bob.test.near", NearToken.near(10));
        narrator.step("alice.test.near sends 1 NEAR to bob.test.near");
        narrator.transaction(alice.transfer(bob.id(), NearToken.near(1)));
        narrator.note("alice bought the receipt's gas at " + sandbox.config().gasPurchasePrice()
                + " yocto/gas and it burnt at " + sandbox.config().gasPrice() + ": the difference came back as the refund");
        narrator.note("alice: " + alice.balance() + ", bob: " + bob.balance());
    }
}

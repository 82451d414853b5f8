package io.jnear.cli.scenarios;

import io.jnear.cli.Narrator;
import io.jnear.cli.Scenario;
import io.jnear.runtime.Account;
import io.jnear.runtime.ExecutionResult;
import io.jnear.runtime.ProtocolConfig;
import io.jnear.runtime.Sandbox;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.Promise;

/**
 * What creating accounts costs under protocol 86: a sub-account, a NEAR-implicit and an ETH-implicit
 * account made by a transfer, each paying the account creation charge out of the gas refund, and a
 * CreateAccount of an implicit ID, which NEAR refuses.
 */
public final class AccountsScenario implements Scenario {
    static final String NEAR_IMPLICIT = "c0ffee00".repeat(8);
    static final String ETH_IMPLICIT = "0x" + "c0ffee00".repeat(5);

    @Override
    public String name() {
        return "accounts";
    }

    @Override
    public String summary() {
        return "creating accounts: a sub-account, NEAR- and ETH-implicit accounts by transfer, the 0.007 NEAR charge";
    }

    @Override
    public void run(Sandbox sandbox, Narrator narrator) {
        Account alice = sandbox.createAccount("alice.test.near", NearToken.near(10));
        ProtocolConfig protocol = sandbox.config().protocol();
        narrator.note("creating an account costs " + NearToken.ofYocto(protocol.accountCreationCharge())
                + " in all: what create_account's execution did not burn comes out of the signer's gas refund");

        narrator.step("alice.test.near creates sub.alice.test.near with 1 NEAR and her key");
        AccountId sub = AccountId.of("sub.alice.test.near");
        narrator.transaction(alice.transact(Promise.create(sub).createAccount().transfer(NearToken.near(1))
                .addFullAccessKey(alice.publicKey())));

        narrator.step("alice.test.near sends 1 NEAR to a NEAR-implicit ID: the transfer creates the account, "
                + "its key the ID");
        narrator.transaction(alice.transfer(AccountId.of(NEAR_IMPLICIT), NearToken.near(1)));

        narrator.step("alice.test.near sends 1 NEAR to an ETH-implicit ID");
        narrator.transaction(alice.transfer(AccountId.of(ETH_IMPLICIT), NearToken.near(1)));

        narrator.step("the root tries CreateAccount on another implicit ID: only a transfer may create it");
        ExecutionResult<Void> refused = sandbox.root().transact(Promise.create(AccountId.of("ab".repeat(32)))
                .createAccount().transfer(NearToken.near(1)));
        narrator.transaction(refused);
        narrator.note("alice: " + alice.balance() + "; the implicit accounts hold "
                + sandbox.balance(AccountId.of(NEAR_IMPLICIT)) + " and " + sandbox.balance(AccountId.of(ETH_IMPLICIT)));
    }
}

package io.jnear.cli.scenarios;

import io.jnear.cli.Narrator;
import io.jnear.cli.Scenario;
import io.jnear.runtime.Account;
import io.jnear.runtime.Sandbox;
import io.jnear.samples.rollback.Shop;
import io.jnear.samples.rollback.Wallet;
import io.jnear.samples.rollback.WalletStub;
import io.jnear.sdk.NearToken;

/** Sample 4: a payment whose callee fails; NEAR refunds the deposit, the callback restores the ledger. */
public final class RollbackScenario implements Scenario {
    @Override
    public String name() {
        return "rollback";
    }

    @Override
    public String summary() {
        return "a wallet pays a shop that fails: NEAR refunds the deposit, the callback restores the ledger";
    }

    @Override
    public void run(Sandbox sandbox, Narrator narrator) {
        Account alice = sandbox.createAccount("alice.test.near", NearToken.near(10));
        Account wallet = sandbox.deploy("wallet.test.near", Wallet.class);
        Account shop = sandbox.deploy("shop.test.near", Shop.class);

        narrator.step("alice.test.near deposits 5 NEAR in her wallet");
        narrator.transaction(alice.transact(WalletStub.on(wallet.id()).withAttachedDeposit(NearToken.near(5)).deposit()));
        narrator.note("alice's ledger: " + ledger(sandbox, wallet, alice) + ", wallet: " + wallet.balance());

        narrator.step("alice pays the shop 1 NEAR for a coffee");
        narrator.transaction(alice.transact(WalletStub.on(wallet.id()).pay(shop.id(), "coffee", NearToken.near(1))));
        narrator.note("alice's ledger: " + ledger(sandbox, wallet, alice) + ", wallet: " + wallet.balance()
                + ", shop: " + shop.balance());

        narrator.step("alice pays 1 NEAR for a tea: the shop panics, NEAR refunds the 1 NEAR to the wallet, "
                + "and the wallet's callback credits alice's ledger back");
        narrator.transaction(alice.transact(WalletStub.on(wallet.id()).pay(shop.id(), "tea", NearToken.near(1))));
        narrator.note("alice's ledger: " + ledger(sandbox, wallet, alice) + ", wallet: " + wallet.balance()
                + " (up only by its gas rewards), shop: " + shop.balance());
    }

    private static NearToken ledger(Sandbox sandbox, Account wallet, Account owner) {
        return sandbox.view(WalletStub.on(wallet.id()).balanceOf(owner.id()));
    }
}

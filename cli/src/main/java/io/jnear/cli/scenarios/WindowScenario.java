package io.jnear.cli.scenarios;

import io.jnear.cli.Narrator;
import io.jnear.cli.Scenario;
import io.jnear.runtime.Account;
import io.jnear.runtime.Sandbox;
import io.jnear.runtime.SubmittedTransaction;
import io.jnear.samples.window.LeakyVault;
import io.jnear.samples.window.LeakyVaultStub;
import io.jnear.samples.window.SafeVault;
import io.jnear.samples.window.SafeVaultStub;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.Promise;
import java.util.function.Supplier;

/** Sample 5: a double withdrawal in the window between call and callback, then the fixed vault. */
public final class WindowScenario implements Scenario {
    @Override
    public String name() {
        return "window";
    }

    @Override
    public String summary() {
        return "mallory withdraws twice between call and callback: the leaky vault pays twice, the safe one once";
    }

    @Override
    public void run(Sandbox sandbox, Narrator narrator) {
        Account bob = sandbox.createAccount("bob.test.near", NearToken.near(30));
        Account mallory = sandbox.createAccount("mallory.test.near", NearToken.near(10));

        Account leaky = sandbox.deploy("leaky-vault.test.near", LeakyVault.class);
        bob.transact(LeakyVaultStub.on(leaky.id()).withAttachedDeposit(NearToken.near(10)).deposit());
        narrator.step("mallory.test.near deposits 1 NEAR in the leaky vault, which also holds bob's 10 NEAR");
        narrator.transaction(mallory.transact(
                LeakyVaultStub.on(leaky.id()).withAttachedDeposit(NearToken.near(1)).deposit()));
        NearToken before = mallory.balance();
        attack(sandbox, narrator, mallory, LeakyVaultStub.on(leaky.id()).withdraw(NearToken.near(1)),
                LeakyVaultStub.on(leaky.id()).withdraw(NearToken.near(1)),
                () -> sandbox.view(LeakyVaultStub.on(leaky.id()).balanceOf(mallory.id())));
        narrator.note("mallory's account went from " + before + " to " + mallory.balance()
                + " (2 NEAR paid out, less gas); the books still owe bob "
                + sandbox.view(LeakyVaultStub.on(leaky.id()).balanceOf(bob.id())));

        Account safe = sandbox.deploy("safe-vault.test.near", SafeVault.class);
        bob.transact(SafeVaultStub.on(safe.id()).withAttachedDeposit(NearToken.near(10)).deposit());
        narrator.step("now the fixed vault, which books a withdrawal before it pays: mallory deposits 1 NEAR");
        narrator.transaction(mallory.transact(
                SafeVaultStub.on(safe.id()).withAttachedDeposit(NearToken.near(1)).deposit()));
        before = mallory.balance();
        attack(sandbox, narrator, mallory, SafeVaultStub.on(safe.id()).withdraw(NearToken.near(1)),
                SafeVaultStub.on(safe.id()).withdraw(NearToken.near(1)),
                () -> sandbox.view(SafeVaultStub.on(safe.id()).balanceOf(mallory.id())));
        narrator.note("mallory's account went from " + before + " to " + mallory.balance()
                + " (1 NEAR paid out, less gas)");
    }

    private static void attack(Sandbox sandbox, Narrator narrator, Account mallory, Promise<Void> first,
            Promise<Void> second, Supplier<NearToken> books) {
        narrator.step("mallory withdraws 1 NEAR, and again before the first withdrawal's callback has run; "
                + "the chain advances one block at a time");
        SubmittedTransaction<Void> one = mallory.submit(first);
        sandbox.produceBlock();
        narrator.note("block " + sandbox.blockHeight() + ": the first withdraw(1 NEAR) is included; "
                + "mallory submits the second");
        SubmittedTransaction<Void> two = mallory.submit(second);
        sandbox.produceBlock();
        narrator.note("block " + sandbox.blockHeight() + ": the vault checks her balance and sends 1 NEAR; "
                + "her books at the vault: " + books.get());
        sandbox.produceBlock();
        narrator.note("block " + sandbox.blockHeight() + ": the 1 NEAR reaches mallory; the second withdraw "
                + "runs, checking books of " + books.get() + " before the first callback has run");
        sandbox.produceBlock();
        narrator.note("block " + sandbox.blockHeight() + ": the first callback runs; books: " + books.get());
        narrator.step("the first withdrawal as a receipt tree");
        narrator.transaction(one.await());
        narrator.step("the second withdrawal, made in the window");
        narrator.transaction(two.await());
    }
}

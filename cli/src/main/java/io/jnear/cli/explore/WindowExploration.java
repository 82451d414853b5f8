package io.jnear.cli.explore;

import io.jnear.explorer.Actor;
import io.jnear.explorer.Explorer;
import io.jnear.explorer.Invariant;
import io.jnear.runtime.Account;
import io.jnear.runtime.Sandbox;
import io.jnear.runtime.exec.InjectedFailure;
import io.jnear.samples.window.LeakyVault;
import io.jnear.samples.window.LeakyVaultStub;
import io.jnear.samples.window.SafeVault;
import io.jnear.samples.window.SafeVaultStub;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.Promise;
import java.math.BigInteger;
import java.util.List;
import java.util.function.Function;

/**
 * The window sample: mallory withdraws her 1 NEAR twice from a vault that also holds bob's 10 NEAR, each
 * withdrawal in whichever block the explorer picks. The leaky vault pays twice; the safe vault holds,
 * even when bob withdraws too, mallory deletes her account while a payout to her is in flight, or the
 * vault's callback fails.
 */
public final class WindowExploration implements ExplorationScenario {
    @Override
    public String name() {
        return "window";
    }

    @Override
    public String summary() {
        return "finds the leaky vault's double spend in the window; the safe vault holds in every schedule";
    }

    @Override
    public List<Case> cases() {
        return List.of(vault(true), vault(false));
    }

    private static Case vault(boolean leaky) {
        Sandbox sandbox = Sandbox.create();
        Account bob = sandbox.createAccount("bob.test.near", NearToken.near(20));
        Account mallory = sandbox.createAccount("mallory.test.near", NearToken.near(10));
        Account vault = sandbox.deploy("vault.test.near", leaky ? LeakyVault.class : SafeVault.class);
        Function<NearToken, Promise<Void>> deposit = amount -> leaky
                ? LeakyVaultStub.on(vault.id()).withAttachedDeposit(amount).deposit()
                : SafeVaultStub.on(vault.id()).withAttachedDeposit(amount).deposit();
        Function<NearToken, Promise<Void>> withdraw = amount -> leaky
                ? LeakyVaultStub.on(vault.id()).withdraw(amount) : SafeVaultStub.on(vault.id()).withdraw(amount);
        bob.transact(deposit.apply(NearToken.near(10))).value();
        mallory.transact(deposit.apply(NearToken.near(1))).value();

        Function<Sandbox, BigInteger> ownFunds = s -> s.balance(vault.id()).asYocto()
                .subtract(books(s, vault.id(), bob.id(), leaky)).subtract(books(s, vault.id(), mallory.id(), leaky));
        BigInteger start = ownFunds.apply(sandbox);
        Explorer explorer = Explorer.from(sandbox)
                .actor(Actor.signedBy(mallory.id())
                        .then("withdraw 1 NEAR", withdraw.apply(NearToken.near(1)))
                        .then("withdraw 1 NEAR again", withdraw.apply(NearToken.near(1))))
                .invariant(Invariant.atRest("the vault holds what its books owe", s -> {
                    BigInteger now = ownFunds.apply(s);
                    if (now.compareTo(start) < 0) {
                        throw new AssertionError("the vault paid out " + NearToken.ofYocto(start.subtract(now))
                                + " more than its books say");
                    }
                    return true;
                }))
                .maxBlocks(6);
        if (leaky) {
            return new Case("the leaky vault (books a withdrawal only in its callback)",
                    "bob keeps 10 NEAR in the vault, mallory 1 NEAR; mallory withdraws 1 NEAR, twice", explorer);
        }
        explorer = explorer
                .actor(Actor.signedBy(bob.id()).thenMaybe("withdraw 10 NEAR", withdraw.apply(NearToken.near(10))))
                .actor(Actor.signedBy(mallory.id()).thenMaybe("delete her account", Promise.create(mallory.id())
                        .deleteAccount(bob.id())))
                .mayFail(vault.id(), "withdraw_callback", InjectedFailure.values());
        return new Case("the safe vault (books first, puts back in the callback if the payout failed)",
                "as above; bob may withdraw his 10 NEAR, mallory may delete her account mid-flight, the callback "
                        + "may fail any way", explorer);
    }

    private static BigInteger books(Sandbox s, AccountId vault, AccountId owner, boolean leaky) {
        return s.view(leaky ? LeakyVaultStub.on(vault).balanceOf(owner) : SafeVaultStub.on(vault).balanceOf(owner))
                .asYocto();
    }
}

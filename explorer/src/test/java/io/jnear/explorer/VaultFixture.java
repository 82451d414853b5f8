package io.jnear.explorer;

import io.jnear.runtime.Account;
import io.jnear.runtime.Sandbox;
import io.jnear.samples.window.LeakyVault;
import io.jnear.samples.window.LeakyVaultStub;
import io.jnear.samples.window.SafeVault;
import io.jnear.samples.window.SafeVaultStub;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.Promise;
import java.math.BigInteger;

/** The window sample set up for exploring: bob keeps 10 NEAR in a vault, mallory 1 NEAR. */
final class VaultFixture {
    final Sandbox sandbox = Sandbox.create();
    final Account bob = sandbox.createAccount("bob.test.near", NearToken.near(20));
    final Account mallory = sandbox.createAccount("mallory.test.near", NearToken.near(10));
    final Account vault;
    private final boolean leaky;

    private VaultFixture(boolean leaky) {
        this.leaky = leaky;
        this.vault = sandbox.deploy("vault.test.near", leaky ? LeakyVault.class : SafeVault.class);
        bob.transact(deposit(NearToken.near(10))).value();
        mallory.transact(deposit(NearToken.near(1))).value();
    }

    static VaultFixture leaky() {
        return new VaultFixture(true);
    }

    static VaultFixture safe() {
        return new VaultFixture(false);
    }

    Promise<Void> deposit(NearToken amount) {
        return leaky ? LeakyVaultStub.on(vault.id()).withAttachedDeposit(amount).deposit()
                : SafeVaultStub.on(vault.id()).withAttachedDeposit(amount).deposit();
    }

    Promise<Void> withdraw(NearToken amount) {
        return leaky ? LeakyVaultStub.on(vault.id()).withdraw(amount) : SafeVaultStub.on(vault.id()).withdraw(amount);
    }

    NearToken books(Sandbox s, AccountId owner) {
        return s.view(leaky ? LeakyVaultStub.on(vault.id()).balanceOf(owner) : SafeVaultStub.on(vault.id()).balanceOf(owner));
    }

    /** The vault's balance minus what its books owe bob and mallory. */
    BigInteger ownFunds(Sandbox s) {
        return s.balance(vault.id()).asYocto().subtract(books(s, bob.id()).asYocto())
                .subtract(books(s, mallory.id()).asYocto());
    }

    /** At rest, the vault's own funds are no less than now (gas rewards only add to them). */
    Invariant solvent() {
        BigInteger start = ownFunds(sandbox);
        return Invariant.atRest("the vault holds what its books owe", s -> {
            BigInteger now = ownFunds(s);
            if (now.compareTo(start) < 0) {
                throw new AssertionError("the vault's own funds fell by " + NearToken.ofYocto(start.subtract(now)));
            }
            return true;
        });
    }

    /** After every block, the vault's own funds are no less than now: the books are right in every block. */
    Invariant booksRightEveryBlock() {
        BigInteger start = ownFunds(sandbox);
        return Invariant.always("the books are right after every block", s -> ownFunds(s).compareTo(start) >= 0);
    }

    /** Mallory withdraws her 1 NEAR twice. */
    Actor malloryWithdrawsTwice() {
        return Actor.signedBy(mallory.id())
                .then("withdraw 1 NEAR", withdraw(NearToken.near(1)))
                .then("withdraw 1 NEAR again", withdraw(NearToken.near(1)));
    }
}

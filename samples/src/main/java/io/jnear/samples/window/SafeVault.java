package io.jnear.samples.window;

import io.jnear.annotations.CallbackResult;
import io.jnear.annotations.Contract;
import io.jnear.annotations.Payable;
import io.jnear.annotations.Private;
import io.jnear.annotations.View;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.Env;
import io.jnear.sdk.Gas;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.Promise;
import io.jnear.sdk.PromiseResult;
import io.jnear.sdk.collections.LookupMap;

/**
 * {@link LeakyVault} fixed: {@link #withdraw} books the withdrawal before it sends the tokens, so the
 * books are right in every block, and a second withdrawal in the window between call and callback
 * sees the reduced balance. If the transfer fails, the callback puts the amount back.
 */
@Contract
public class SafeVault {
    LookupMap<AccountId, NearToken> balances = new LookupMap<>("b"); // codecs from the type arguments

    @Payable
    public void deposit() {
        AccountId owner = Env.predecessorAccountId();
        balances.set(owner, balanceOf(owner).plus(Env.attachedDeposit()));
    }

    @View
    public NearToken balanceOf(AccountId owner) {
        NearToken balance = balances.get(owner);
        return balance == null ? NearToken.ZERO : balance;
    }

    public Promise<Void> withdraw(NearToken amount) {
        AccountId owner = Env.predecessorAccountId();
        if (balanceOf(owner).isLessThan(amount)) {
            throw Env.panic("Not enough balance");
        }
        balances.set(owner, balanceOf(owner).minus(amount));
        return Promise.create(owner).transfer(amount)
                .then(SafeVaultStub.self().withStaticGas(Gas.tgas(5)).withdrawCallback(owner, amount));
    }

    @Private
    public void withdrawCallback(@CallbackResult PromiseResult<Void> transfer, AccountId owner, NearToken amount) {
        if (transfer.isFailure()) {
            balances.set(owner, balanceOf(owner).plus(amount));
            Env.log("Transfer to " + owner + " failed; " + amount + " is back in its balance");
        }
    }
}

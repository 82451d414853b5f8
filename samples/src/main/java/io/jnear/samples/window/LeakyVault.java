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
 * DO NOT COPY: a vault that is exploitable between a call and its callback. {@link #withdraw} checks the
 * balance and sends the tokens, but books the withdrawal only in the callback, once the transfer went
 * through. The callback runs two blocks later; until then the books still show the old balance, so a
 * second withdrawal in that window passes the same check and is paid too. {@link SafeVault} is the fix.
 */
@Contract
public class LeakyVault {
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
        // The bug: nothing is booked yet, so the books are wrong until the callback runs.
        return Promise.create(owner).transfer(amount)
                .then(LeakyVaultStub.self().withStaticGas(Gas.tgas(5)).withdrawCallback(owner, amount));
    }

    @Private
    public void withdrawCallback(@CallbackResult PromiseResult<Void> transfer, AccountId owner, NearToken amount) {
        if (transfer.isSuccess()) {
            balances.set(owner, balanceOf(owner).minus(amount));
        }
    }
}

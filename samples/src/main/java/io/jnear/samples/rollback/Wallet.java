package io.jnear.samples.rollback;

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
 * A wallet that keeps a ledger of its users' NEAR and pays shops from it. {@link #pay} debits the
 * ledger at once and sends the amount with the call to the shop; if the shop fails, NEAR undoes the
 * shop's receipt and refunds the deposit to this wallet, but it does not undo the debit: the callback
 * restores the ledger by hand.
 */
@Contract
public class Wallet {
    LookupMap<AccountId, NearToken> balances = new LookupMap<>("b"); // codecs from the type arguments

    @Payable
    public void deposit() {
        credit(Env.predecessorAccountId(), Env.attachedDeposit());
    }

    @View
    public NearToken balanceOf(AccountId account) {
        NearToken balance = balances.get(account);
        return balance == null ? NearToken.ZERO : balance;
    }

    public Promise<Boolean> pay(AccountId shop, String item, NearToken amount) {
        AccountId payer = Env.predecessorAccountId();
        if (balanceOf(payer).isLessThan(amount)) {
            throw Env.panic("Not enough balance");
        }
        balances.set(payer, balanceOf(payer).minus(amount));
        return ShopStub.on(shop).withAttachedDeposit(amount).withStaticGas(Gas.tgas(10))
                .buy(item)
                .then(WalletStub.self().withStaticGas(Gas.tgas(10)).payCallback(payer, amount));
    }

    @Private
    public boolean payCallback(@CallbackResult PromiseResult<Void> result, AccountId payer, NearToken amount) {
        if (result.isFailure()) {
            credit(payer, amount);
            Env.log("Payment failed; " + amount + " is back in the balance of " + payer);
            return false;
        }
        return true;
    }

    private void credit(AccountId account, NearToken amount) {
        balances.set(account, balanceOf(account).plus(amount));
    }
}

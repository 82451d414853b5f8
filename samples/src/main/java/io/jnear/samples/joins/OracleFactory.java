package io.jnear.samples.joins;

import io.jnear.annotations.CallbackResult;
import io.jnear.annotations.Contract;
import io.jnear.annotations.Payable;
import io.jnear.annotations.Private;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.Env;
import io.jnear.sdk.Gas;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.Promise;
import io.jnear.sdk.PromiseResult;

/**
 * A factory: creates a price oracle as a sub-account with one batch of actions on one receipt (create
 * the account, fund it with the attached deposit, deploy {@link PriceOracle}, call its initialiser),
 * built with the low-level {@link Promise} builder. The batch is atomic: if any action fails (say the
 * initialiser rejects the price), none of it happened, and the callback returns the deposit.
 */
@Contract
public class OracleFactory {
    @Payable
    public Promise<Boolean> createOracle(String name, long price) {
        AccountId oracle = AccountId.of(name + "." + Env.currentAccountId());
        NearToken deposit = Env.attachedDeposit();
        return Promise.create(oracle)
                .createAccount()
                .transfer(deposit)
                .deployContract(PriceOracle.class)
                .add(PriceOracleStub.init(price).withGas(Gas.tgas(10)))
                .then(OracleFactoryStub.self().withStaticGas(Gas.tgas(10))
                        .createOracleCallback(oracle, Env.predecessorAccountId(), deposit));
    }

    @Private
    public boolean createOracleCallback(@CallbackResult PromiseResult<Void> result, AccountId oracle,
            AccountId creator, NearToken deposit) {
        if (result.isSuccess()) {
            Env.log("Created " + oracle);
            return true;
        }
        // The failed batch's deposit comes back to this factory as a refund; pass it on to the creator.
        Env.log("Could not create " + oracle + "; returning " + deposit + " to " + creator);
        Promise.create(creator).transfer(deposit);
        return false;
    }
}

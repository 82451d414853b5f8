package io.jnear.samples.rollback;

import io.jnear.annotations.Contract;
import io.jnear.annotations.Payable;
import io.jnear.annotations.View;
import io.jnear.sdk.Env;
import io.jnear.sdk.NearToken;

/** Sells coffee for exactly 1 NEAR and nothing else. The callee of the rollback sample. */
@Contract
public class Shop {
    int cupsSold;

    @Payable
    public void buy(String item) {
        if (!item.equals("coffee")) {
            throw Env.panic("We only sell coffee");
        }
        if (!Env.attachedDeposit().equals(NearToken.near(1))) {
            throw Env.panic("A coffee costs 1 NEAR");
        }
        cupsSold++;
        Env.log("Sold a coffee to " + Env.signerAccountId());
    }

    @View
    public int cupsSold() {
        return cupsSold;
    }
}

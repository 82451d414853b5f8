package io.jnear.samples.joins;

import io.jnear.annotations.Contract;
import io.jnear.annotations.Init;
import io.jnear.annotations.View;
import io.jnear.sdk.Env;

/** A price feed: reports the price (in US cents) it was initialised with. The callee of the joins sample. */
@Contract
public class PriceOracle {
    long price;

    /** For the generated state codec, which creates the contract and then reads its fields. */
    PriceOracle() {
    }

    @Init
    public PriceOracle(long price) {
        if (price <= 0) {
            throw Env.panic("The price must be positive");
        }
        this.price = price;
    }

    @View
    public long getPrice() {
        return price;
    }
}

package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract
public class C {
    @Payable //+
    public void take() {
    }

    public void free() {
    }

    public Promise<Void> give(String other) {
        return CStub.on(other).withStaticGas(Gas.tgas(5)).withAttachedDeposit(NearToken.near(1)).take(); //! ERROR jnear/deposit-not-payable "Method take doesn't accept deposit"
    }

    public Promise<Void> giveNothing(String other) {
        return CStub.on(other).withAttachedDeposit(NearToken.ZERO).withStaticGas(Gas.tgas(5)).free();
    }
}

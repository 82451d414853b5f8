package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract
public class C {
    long refunds;

    public Promise<Void> pay(String to) {
        return Promise.create(to).transfer(NearToken.ONE_YOCTO); //-
        return Promise.create(to).transfer(NearToken.ONE_YOCTO).then(CStub.self().withStaticGas(Gas.tgas(5)).onPaid()); //+
    }

    @Private
    public void onPaid(@CallbackResult PromiseResult<Void> result) { //- //! WARNING jnear/unchained-callback "Callback onPaid is never chained: nothing in C calls CStub.self().onPaid() or names \"on_paid\""
    public void onPaid(@CallbackResult PromiseResult<Void> result) { //+
        if (result.isFailure()) {
            refunds++;
        }
    }

    public Promise<Void> payByHand(String to) {
        return Promise.create(to).transfer(NearToken.ONE_YOCTO)
                .then(Promise.create(Env.currentAccountId()).functionCall("on_paid_by_hand", "{}", NearToken.ZERO,
                        Gas.tgas(5)));
    }

    @Private
    public void onPaidByHand(@CallbackResult PromiseResult<Void> result) {
        if (result.isFailure()) {
            refunds++;
        }
    }
}

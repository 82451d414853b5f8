package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract
public class C {
    long paid;

    public Promise<Void> pay(String to) {
        return Promise.create(to).transfer(NearToken.ONE_YOCTO)
                .then(CStub.self().withStaticGas(Gas.tgas(5)).onPaid());
    }

    @Private
    public void onPaid(@CallbackResult PromiseResult<Void> result) { //! WARNING jnear/unread-callback-result "Callback onPaid never reads its @CallbackResult parameter result"
        paid++; //-
        if (result.isSuccess()) { //+
            paid++; //+
        } //+
    }

    @View
    public long paid() {
        return paid;
    }
}

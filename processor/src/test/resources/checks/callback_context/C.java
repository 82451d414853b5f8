package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract
public class C {
    String lastCaller = "";

    public Promise<String> ask(String other) {
        return CStub.on(other).withStaticGas(Gas.tgas(5)).name()
                .then(CStub.self().withStaticGas(Gas.tgas(5)).onName(Env.predecessorAccountId()));
    }

    @View
    public String name() {
        return lastCaller;
    }

    @Private
    public String onName(AccountId caller, @CallbackResult PromiseResult<String> r) {
        lastCaller = Env.predecessorAccountId().toString(); //- //! WARNING jnear/callback-context "the predecessor is this contract itself"
        lastCaller = caller.toString(); //+
        Env.log("deposit " + Env.attachedDeposit()); //- //! WARNING jnear/callback-context "calls Env.attachedDeposit()"
        audit(); //- //! WARNING jnear/callback-context "calls audit(), which calls Env.signerAccountId()"
        Env.log("in " + Env.currentAccountId());
        return r.valueOr("");
    }

    private void audit() {
        Env.log("signed by " + Env.signerAccountId());
    }
}

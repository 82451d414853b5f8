package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract
public class C {
    public Promise<String> ask(String other) {
        return CStub.on(other).withStaticGas(Gas.tgas(5)).name()
                .then(CStub.self().withStaticGas(Gas.tgas(5)).onName());
    }

    @View
    public String name() {
        return "c";
    }

    @Private
    @SuppressWarnings("jnear:callback-context") //+
    public String onName(@CallbackResult PromiseResult<String> r) {
        return r.valueOr("") + Env.predecessorAccountId(); //- //! WARNING jnear/callback-context "predecessor"
        return r.valueOr("") + Env.predecessorAccountId(); //+
    }
}

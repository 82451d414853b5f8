package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import io.jnear.sdk.json.JsonCodecs;
import java.util.*;

@Contract
public class C {
    @Private //+
    public String done(@CallbackResult PromiseResult<String> r) { //! ERROR jnear/public-callback "Method done takes a @CallbackResult but is not @Private"
        return r.valueOr("");
    }

    public Promise<String> ask(String other) { //+
        Promise<String> call = Promise.create(other).resolvingTo(JsonCodecs.STRING); //+
        return call.then(CStub.self().withStaticGas(Gas.tgas(5)).done()); //+
    } //+
}

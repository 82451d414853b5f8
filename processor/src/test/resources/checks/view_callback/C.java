package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import io.jnear.sdk.json.JsonCodecs;
import java.util.*;

@Contract
public class C {
    @View //- //! ERROR jnear/view-callback "@View method done takes a @CallbackResult"
    @Private //- //! ERROR jnear/view-private "Method done is both @View and @Private"
    @Private //+
    public String done(@CallbackResult PromiseResult<String> r) {
        return r.valueOr("");
    }

    public Promise<String> ask(String other) { //+
        Promise<String> call = Promise.create(other).resolvingTo(JsonCodecs.STRING); //+
        return call.then(CStub.self().withStaticGas(Gas.tgas(5)).done()); //+
    } //+
}

package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import io.jnear.sdk.json.JsonCodecs;
import java.util.*;

@Contract
public class C {
    @Private
    @SuppressWarnings("rawtypes") //-
    public int done(@CallbackResult PromiseResult r) { //- //! ERROR jnear/callback-form "Method done has @CallbackResult parameters of an unsupported shape"
    public int done(@CallbackResult PromiseResult<String> r) { //+
        return 1; //-
        return r.isSuccess() ? 1 : 0; //+
    }

    public Promise<Integer> ask(String other) { //+
        Promise<String> call = Promise.create(other).resolvingTo(JsonCodecs.STRING); //+
        return call.then(CStub.self().withStaticGas(Gas.tgas(5)).done()); //+
    } //+
}

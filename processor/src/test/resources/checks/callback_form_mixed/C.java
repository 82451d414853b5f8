package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import io.jnear.sdk.json.JsonCodecs;
import java.util.*;

@Contract
public class C {
    @Private
    public int done(@CallbackResult List<PromiseResult<String>> all, //-
            @CallbackResult PromiseResult<String> extra) { //- //! ERROR jnear/callback-form "Method done has @CallbackResult parameters of an unsupported shape"
    public int done(@CallbackResult List<PromiseResult<String>> all) { //+
        return all.size(); //+
        return all.size() + extra.valueOr("").length(); //-
    }

    public Promise<Integer> ask(List<String> others) { //+
        List<Promise<String>> calls = new ArrayList<>(); //+
        for (String other : others) { //+
            calls.add(Promise.create(other).resolvingTo(JsonCodecs.STRING)); //+
        } //+
        return Promise.all(calls).then(CStub.self().withStaticGas(Gas.tgas(5)).done()); //+
    } //+
}

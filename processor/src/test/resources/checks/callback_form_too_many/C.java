package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import io.jnear.sdk.json.JsonCodecs;
import java.util.*;

@Contract
public class C {
    @Private
    public int done(@CallbackResult PromiseResult<String> a, @CallbackResult PromiseResult<String> b,
            @CallbackResult PromiseResult<String> c, @CallbackResult PromiseResult<String> d) { //- //! ERROR jnear/callback-form "Method done has @CallbackResult parameters of an unsupported shape"
            @CallbackResult PromiseResult<String> c) { //+
        return a.valueOr("").length() + b.valueOr("").length() + c.valueOr("").length(); //+
        return a.valueOr("").length() + b.valueOr("").length() + c.valueOr("").length() + d.valueOr("").length(); //-
    }

    public Promise<Integer> ask(String a, String b, String c) { //+
        Promise<String> first = Promise.create(a).resolvingTo(JsonCodecs.STRING); //+
        Promise<String> second = Promise.create(b).resolvingTo(JsonCodecs.STRING); //+
        Promise<String> third = Promise.create(c).resolvingTo(JsonCodecs.STRING); //+
        return Promise.and(first, second, third).then(CStub.self().withStaticGas(Gas.tgas(5)).done()); //+
    } //+
}

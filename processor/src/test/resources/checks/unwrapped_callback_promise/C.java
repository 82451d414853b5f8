package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import io.jnear.sdk.json.JsonCodecs;
import java.util.*;

@Contract
public class C {
    @Private
    public String done(@CallbackResult Promise<String> greeting) { //- //! WARNING jnear/unwrapped-callback "Take PromiseResult<String> and check isSuccess()" //! ERROR jnear/unmappable-type
    public String done(@CallbackResult PromiseResult<String> greeting) { //+
        return greeting.toString(); //-
        return greeting.valueOr(""); //+
    }

    public Promise<String> ask(String other) {
        Promise<String> call = Promise.create(other).resolvingTo(JsonCodecs.STRING);
        return call.then(CStub.self().withStaticGas(Gas.tgas(5)).done());
    }
}

package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import io.jnear.sdk.json.JsonCodecs;
import java.util.*;
import java.nio.charset.StandardCharsets;

@Contract
public class C {
    public String peek() { //-
        PromiseResult<byte[]> r = Env.promiseResult(0); //- //! ERROR jnear/forged-result "Method peek reads a promise result (calls Env.promiseResult()) but is not @Private"
        return r.isSuccess() ? new String(r.value(), StandardCharsets.UTF_8) : ""; //-
    @Private //+
    public String peek(@CallbackResult PromiseResult<String> r) { //+
        return r.valueOr(""); //+
    }

    public int count() {
        return results(); //- //! ERROR jnear/forged-result "reads a promise result (calls results(), which calls Env.promiseResultsCount())"
        return 0; //+
    }

    @Private
    public int manualCallback() {
        return results();
    }

    private int results() {
        return Env.promiseResultsCount();
    }

    public Promise<String> ask(String other) { //+
        Promise<String> call = Promise.create(other).resolvingTo(JsonCodecs.STRING); //+
        return call.then(CStub.self().withStaticGas(Gas.tgas(5)).peek()); //+
    } //+
}

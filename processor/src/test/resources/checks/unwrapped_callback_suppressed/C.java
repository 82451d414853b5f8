package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import io.jnear.sdk.json.JsonCodecs;
import java.util.*;

@Contract
public class C {
    @Private
    @SuppressWarnings("jnear:unwrapped-callback") //+
    public String done(@CallbackResult String greeting) { //- //! WARNING jnear/unwrapped-callback "Callback parameter greeting takes the bare result, so the callback panics"
    public String done(@CallbackResult String greeting) { //+
        return greeting;
    }

    public Promise<String> ask(String other) {
        Promise<String> call = Promise.create(other).resolvingTo(JsonCodecs.STRING);
        return call.then(CStub.self().withStaticGas(Gas.tgas(5)).done());
    }
}

package io.jnear.samples.greeter;

import io.jnear.annotations.Contract;
import io.jnear.sdk.Env;

/** A Hello NEAR that panics on every call, to show the greeter's callbacks handling failure. */
@Contract
public class BrokenHelloNear implements HelloNearApi {
    @Override
    public String getGreeting() {
        throw Env.panic("Out of order");
    }

    @Override
    public void setGreeting(String greeting) {
        throw Env.panic("Out of order");
    }
}

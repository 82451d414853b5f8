package io.jnear.samples.hello;

import io.jnear.annotations.Contract;
import io.jnear.annotations.View;
import io.jnear.sdk.Env;

/** Hello NEAR: stores a greeting anyone can read and change. */
@Contract
public class HelloNear {
    String greeting = "Hello";

    @View
    public String getGreeting() {
        return greeting;
    }

    public void setGreeting(String greeting) {
        Env.log("Saving greeting " + greeting);
        this.greeting = greeting;
    }
}

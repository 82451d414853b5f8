package io.jnear.cli.scenarios;

import io.jnear.cli.Narrator;
import io.jnear.cli.Scenario;
import io.jnear.runtime.Account;
import io.jnear.runtime.Sandbox;
import io.jnear.samples.hello.HelloNear;
import io.jnear.samples.hello.HelloNearStub;
import io.jnear.sdk.NearToken;

/** Sample 1: set a greeting on Hello NEAR and read it back. */
public final class HelloScenario implements Scenario {
    @Override
    public String name() {
        return "hello";
    }

    @Override
    public String summary() {
        return "Hello NEAR: alice changes the greeting, a view call reads it back";
    }

    @Override
    public void run(Sandbox sandbox, Narrator narrator) {
        Account alice = sandbox.createAccount("alice.test.near", NearToken.near(10));
        Account hello = sandbox.deploy("hello.test.near", HelloNear.class);
        narrator.step("a view call of get_greeting on hello.test.near (free: no transaction, no block)");
        narrator.note("greeting: " + sandbox.view(HelloNearStub.on(hello.id()).getGreeting()));

        narrator.step("alice.test.near calls set_greeting(\"Howdy\") on hello.test.near");
        narrator.transaction(alice.transact(HelloNearStub.on(hello.id()).setGreeting("Howdy")));
        narrator.note("greeting: " + sandbox.view(HelloNearStub.on(hello.id()).getGreeting()));
    }
}

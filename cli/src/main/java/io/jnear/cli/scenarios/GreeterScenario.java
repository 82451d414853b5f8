package io.jnear.cli.scenarios;

import io.jnear.cli.Narrator;
import io.jnear.cli.Scenario;
import io.jnear.runtime.Account;
import io.jnear.runtime.Sandbox;
import io.jnear.samples.greeter.CrossGreeter;
import io.jnear.samples.greeter.CrossGreeterStub;
import io.jnear.samples.hello.HelloNear;
import io.jnear.samples.hello.HelloNearStub;
import io.jnear.sdk.NearToken;

/** Sample 2: the greeter queries and changes Hello NEAR's greeting; each callback runs a block after the callee. */
public final class GreeterScenario implements Scenario {
    @Override
    public String name() {
        return "greeter";
    }

    @Override
    public String summary() {
        return "cross-contract greeter: query and change Hello NEAR's greeting, callbacks a block later";
    }

    @Override
    public void run(Sandbox sandbox, Narrator narrator) {
        Account alice = sandbox.createAccount("alice.test.near", NearToken.near(10));
        Account hello = sandbox.deploy("hello.test.near", HelloNear.class);
        Account greeter = sandbox.deploy("greeter.test.near", CrossGreeter.class,
                CrossGreeterStub.init(hello.id().toString()));

        narrator.step("alice.test.near asks the greeter for Hello NEAR's greeting: the greeter calls "
                + "get_greeting, and its callback runs one block after Hello NEAR answered");
        narrator.transaction(alice.transact(CrossGreeterStub.on(greeter.id()).queryGreeting()));

        narrator.step("alice.test.near asks the greeter to change the greeting to \"Howdy\"");
        narrator.transaction(alice.transact(CrossGreeterStub.on(greeter.id()).changeGreeting("Howdy")));
        narrator.note("Hello NEAR's greeting is now: " + sandbox.view(HelloNearStub.on(hello.id()).getGreeting()));

        Account broken = sandbox.deploy("greeter2.test.near", CrossGreeter.class,
                CrossGreeterStub.init("nobody.test.near"));
        narrator.step("a greeter pointed at an account that does not exist: the call fails, the callback "
                + "still runs and returns \"\"");
        narrator.transaction(alice.transact(CrossGreeterStub.on(broken.id()).queryGreeting()));
    }
}

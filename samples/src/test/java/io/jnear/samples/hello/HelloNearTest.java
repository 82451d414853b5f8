package io.jnear.samples.hello;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnear.runtime.Account;
import io.jnear.runtime.ExecutionResult;
import io.jnear.runtime.Sandbox;
import io.jnear.sdk.NearToken;
import java.util.List;
import org.junit.jupiter.api.Test;

class HelloNearTest {
    @Test
    void greetsWithHelloUntilSomeoneChangesIt() {
        Sandbox sandbox = Sandbox.create();
        Account alice = sandbox.createAccount("alice.test.near", NearToken.near(10));
        Account hello = sandbox.deploy("hello.test.near", HelloNear.class);

        assertEquals("Hello", sandbox.view(HelloNearStub.on(hello.id()).getGreeting()));

        ExecutionResult<Void> r = alice.transact(HelloNearStub.on(hello.id()).setGreeting("howdy"));
        assertTrue(r.isSuccess(), r::toTree);
        assertEquals(List.of("Saving greeting howdy"), r.logs());
        assertEquals("howdy", sandbox.view(HelloNearStub.on(hello.id()).getGreeting()));
    }
}

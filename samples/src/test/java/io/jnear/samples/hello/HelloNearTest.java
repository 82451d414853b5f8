package io.jnear.samples.hello;

import static io.jnear.testing.OutcomeAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jnear.runtime.Account;
import io.jnear.runtime.Sandbox;
import io.jnear.testing.Deployed;
import io.jnear.testing.JnearTest;
import io.jnear.testing.TestAccount;
import org.junit.jupiter.api.Test;

@JnearTest
class HelloNearTest {
    @Test
    void greetsWithHelloUntilSomeoneChangesIt(Sandbox sandbox, @TestAccount Account alice,
            @Deployed(contract = HelloNear.class) Account hello) {
        assertEquals("Hello", sandbox.view(HelloNearStub.on(hello.id()).getGreeting()));

        assertThat(alice.transact(HelloNearStub.on(hello.id()).setGreeting("howdy")))
                .succeeded()
                .hasLogs("Saving greeting howdy");
        assertEquals("howdy", sandbox.view(HelloNearStub.on(hello.id()).getGreeting()));
    }
}

package io.jnear.samples.hello;

import static io.jnear.testing.OutcomeAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jnear.runtime.Account;
import io.jnear.runtime.Sandbox;
import io.jnear.samples.testing.BuildMode;
import io.jnear.testing.JnearTest;
import io.jnear.testing.TestAccount;
import org.junit.jupiter.api.Test;

@JnearTest
class HelloNearTest {
    /** The build the contracts run in; the {@code …WasmTest} twin runs the same tests on the Wasm build. */
    BuildMode mode() {
        return BuildMode.JVM;
    }

    @Test
    void greetsWithHelloUntilSomeoneChangesIt(Sandbox sandbox, @TestAccount Account alice) {
        Account hello = mode().deploy(sandbox, "hello.test.near", HelloNear.class, null);
        assertEquals("Hello", sandbox.view(HelloNearStub.on(hello.id()).getGreeting()));

        assertThat(alice.transact(HelloNearStub.on(hello.id()).setGreeting("howdy")))
                .succeeded()
                .hasLogs("Saving greeting howdy");
        assertEquals("howdy", sandbox.view(HelloNearStub.on(hello.id()).getGreeting()));
    }
}

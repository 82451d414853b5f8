package io.jnear.samples.greeter;

import static io.jnear.testing.OutcomeAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jnear.runtime.Account;
import io.jnear.runtime.ExecutionResult;
import io.jnear.runtime.Sandbox;
import io.jnear.runtime.outcome.ExecutionOutcome;
import io.jnear.samples.hello.HelloNear;
import io.jnear.samples.hello.HelloNearStub;
import io.jnear.samples.testing.BuildMode;
import io.jnear.testing.JnearTest;
import io.jnear.testing.TestAccount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@JnearTest
class CrossGreeterTest {
    Sandbox sandbox;
    @TestAccount
    Account alice;
    Account hello;
    Account broken;
    Account greeter;

    /** The build the contracts run in; the {@code …WasmTest} twin runs the same tests on the Wasm build. */
    BuildMode mode() {
        return BuildMode.JVM;
    }

    @BeforeEach
    void deploy() {
        hello = mode().deploy(sandbox, "hello.test.near", HelloNear.class, null);
        broken = mode().deploy(sandbox, "broken.test.near", BrokenHelloNear.class, null);
        greeter = mode().deploy(sandbox, "greeter.test.near", CrossGreeter.class, CrossGreeterStub.init("hello.test.near"));
    }

    /** A greeter asking {@code helloAccount} instead of Hello NEAR. */
    private Account greeterOf(String helloAccount) {
        return mode().deploy(sandbox, "other-greeter.test.near", CrossGreeter.class, CrossGreeterStub.init(helloAccount));
    }

    @Test
    void queryGreetingReturnsHelloNearsGreetingThroughTheCallback() {
        alice.transact(HelloNearStub.on(hello.id()).setGreeting("Howdy"));

        ExecutionResult<String> r = alice.transact(CrossGreeterStub.on(greeter.id()).queryGreeting());

        assertThat(r).hasValue("Howdy").hasLogs();
        assertEquals(0, r.failures().size(), r::toTree);
    }

    @Test
    void eachHopOfTheQueryRunsOneBlockAfterThePrevious() {

        ExecutionResult<String> r = alice.transact(CrossGreeterStub.on(greeter.id()).queryGreeting());

        long tx = r.blockHeight();
        assertThat(r).receipt(greeter.id(), "query_greeting").ranInBlock(tx + 1);
        ExecutionOutcome callee = assertThat(r).receipt(hello.id(), "get_greeting").ranInBlock(tx + 2).outcome();
        ExecutionOutcome callback = assertThat(r).receipt(greeter.id(), "query_greeting_callback")
                .ranInBlock(tx + 3).outcome();
        assertEquals(greeter.id(), callee.predecessorId());
        assertEquals(greeter.id(), callback.predecessorId(), "the greeter called its own callback");
    }

    @Test
    void changeGreetingChangesItAndTheCallbackReportsSuccess() {

        ExecutionResult<Boolean> r = alice.transact(CrossGreeterStub.on(greeter.id()).changeGreeting("Howdy"));

        assertThat(r).hasValue(true).hasLogs("Saving greeting Howdy", "Greeting changed")
                .receipt(greeter.id(), "change_greeting_callback")
                .ranInBlock(r.blockHeight() + 3)
                .hasLogs("Greeting changed");
        assertEquals("Howdy", sandbox.view(HelloNearStub.on(hello.id()).getGreeting()));
    }

    @Test
    void queryGreetingReturnsEmptyWhenHelloNearDoesNotExist() {
        Account other = greeterOf("nobody.test.near");

        ExecutionResult<String> r = alice.transact(CrossGreeterStub.on(other.id()).queryGreeting());

        assertThat(r).hasValue("").hasLogs("There was an error contacting Hello NEAR");
        ExecutionOutcome callee = r.failures().get(0);
        assertEquals("nobody.test.near", callee.executorId().toString());
        assertEquals("Can't complete the action because account \"nobody.test.near\" doesn't exist",
                callee.failureMessage());
        assertThat(r).receipt(other.id(), "query_greeting_callback").ranInBlock(callee.blockHeight() + 1);
    }

    @Test
    void queryGreetingReturnsEmptyWhenHelloNearPanics() {
        Account other = greeterOf(broken.id().toString());

        ExecutionResult<String> r = alice.transact(CrossGreeterStub.on(other.id()).queryGreeting());

        // the callback handled the failure, so the transaction succeeds
        assertThat(r).hasValue("").hasLogs("There was an error contacting Hello NEAR")
                .receipt(broken.id(), "get_greeting").failedWith("Smart contract panicked: Out of order");
    }

    @Test
    void changeGreetingReturnsFalseWhenHelloNearPanics() {
        Account other = greeterOf(broken.id().toString());

        ExecutionResult<Boolean> r = alice.transact(CrossGreeterStub.on(other.id()).changeGreeting("Howdy"));

        assertThat(r).hasValue(false).hasLogs("Failed to change the greeting")
                .receipt(broken.id(), "set_greeting").failedWith("Smart contract panicked: Out of order");
    }

    @Test
    void changeGreetingReturnsFalseWhenHelloNearDoesNotExist() {
        Account other = greeterOf("nobody.test.near");

        ExecutionResult<Boolean> r = alice.transact(CrossGreeterStub.on(other.id()).changeGreeting("Howdy"));

        assertThat(r).hasValue(false).hasLogs("Failed to change the greeting");
    }

    @Test
    void strangerCannotCallThePrivateCallback() {
        CrossGreeterStub stub = CrossGreeterStub.on(greeter.id());

        assertThat(alice.transact(stub.queryGreetingCallback().asPlainCall()))
                .failedWith("Smart contract panicked: Method query_greeting_callback is private");
        assertThat(alice.transact(stub.changeGreetingCallback().asPlainCall()))
                .failedWith("Smart contract panicked: Method change_greeting_callback is private");
    }
}

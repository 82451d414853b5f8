package io.jnear.samples.greeter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnear.runtime.Account;
import io.jnear.runtime.ExecutionResult;
import io.jnear.runtime.Sandbox;
import io.jnear.runtime.outcome.ExecutionOutcome;
import io.jnear.samples.hello.HelloNear;
import io.jnear.samples.hello.HelloNearStub;
import io.jnear.samples.testing.Receipts;
import io.jnear.sdk.NearToken;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CrossGreeterTest {
    private Sandbox sandbox;
    private Account alice;
    private Account hello;

    @BeforeEach
    void deploy() {
        sandbox = Sandbox.create();
        alice = sandbox.createAccount("alice.test.near", NearToken.near(10));
        hello = sandbox.deploy("hello.test.near", HelloNear.class);
    }

    private Account greeterOf(String helloAccount) {
        return sandbox.deploy("greeter.test.near", CrossGreeter.class, CrossGreeterStub.init(helloAccount));
    }

    @Test
    void queryGreetingReturnsHelloNearsGreetingThroughTheCallback() {
        Account greeter = greeterOf(hello.id().toString());
        alice.transact(HelloNearStub.on(hello.id()).setGreeting("Howdy"));

        ExecutionResult<String> r = alice.transact(CrossGreeterStub.on(greeter.id()).queryGreeting());

        assertEquals("Howdy", r.value(), r::toTree);
        assertEquals(List.of(), r.logs());
        assertTrue(r.failures().isEmpty(), r::toTree);
    }

    @Test
    void eachHopOfTheQueryRunsOneBlockAfterThePrevious() {
        Account greeter = greeterOf(hello.id().toString());

        ExecutionResult<String> r = alice.transact(CrossGreeterStub.on(greeter.id()).queryGreeting());

        long tx = r.blockHeight();
        ExecutionOutcome query = Receipts.call(r, greeter.id(), "query_greeting");
        ExecutionOutcome callee = Receipts.call(r, hello.id(), "get_greeting");
        ExecutionOutcome callback = Receipts.call(r, greeter.id(), "query_greeting_callback");
        assertEquals(tx + 1, query.blockHeight(), "the transaction's receipt runs in the next block");
        assertEquals(tx + 2, callee.blockHeight(), "Hello NEAR runs one block after the greeter called it");
        assertEquals(tx + 3, callback.blockHeight(), "the callback runs one block after Hello NEAR answered");
        assertEquals(hello.id(), callee.executorId());
        assertEquals(greeter.id(), callee.predecessorId());
        assertEquals(greeter.id(), callback.predecessorId(), "the greeter called its own callback");
    }

    @Test
    void changeGreetingChangesItAndTheCallbackReportsSuccess() {
        Account greeter = greeterOf(hello.id().toString());

        ExecutionResult<Boolean> r = alice.transact(CrossGreeterStub.on(greeter.id()).changeGreeting("Howdy"));

        assertTrue(r.value(), r::toTree);
        assertEquals(List.of("Saving greeting Howdy", "Greeting changed"), r.logs());
        assertEquals(List.of("Greeting changed"),
                Receipts.call(r, greeter.id(), "change_greeting_callback").logs());
        assertEquals(r.blockHeight() + 3, Receipts.call(r, greeter.id(), "change_greeting_callback").blockHeight());
        assertEquals("Howdy", sandbox.view(HelloNearStub.on(hello.id()).getGreeting()));
    }

    @Test
    void queryGreetingReturnsEmptyWhenHelloNearDoesNotExist() {
        Account greeter = greeterOf("nobody.test.near");

        ExecutionResult<String> r = alice.transact(CrossGreeterStub.on(greeter.id()).queryGreeting());

        assertEquals("", r.value(), r::toTree);
        assertEquals(List.of("There was an error contacting Hello NEAR"), r.logs());
        ExecutionOutcome callee = r.failures().get(0);
        assertEquals("nobody.test.near", callee.executorId().toString());
        assertEquals("Can't complete the action because account \"nobody.test.near\" doesn't exist",
                failureText(callee));
        assertEquals(callee.blockHeight() + 1, Receipts.call(r, greeter.id(), "query_greeting_callback").blockHeight(),
                "the callback runs after a failure too");
    }

    @Test
    void queryGreetingReturnsEmptyWhenHelloNearPanics() {
        Account broken = sandbox.deploy("broken.test.near", BrokenHelloNear.class);
        Account greeter = greeterOf(broken.id().toString());

        ExecutionResult<String> r = alice.transact(CrossGreeterStub.on(greeter.id()).queryGreeting());

        assertEquals("", r.value(), r::toTree);
        assertEquals(List.of("There was an error contacting Hello NEAR"), r.logs());
        assertEquals("Smart contract panicked: Out of order",
                failureText(Receipts.call(r, broken.id(), "get_greeting")));
        assertTrue(r.isSuccess(), "the callback handled the failure, so the transaction succeeds");
    }

    @Test
    void changeGreetingReturnsFalseWhenHelloNearPanics() {
        Account broken = sandbox.deploy("broken.test.near", BrokenHelloNear.class);
        Account greeter = greeterOf(broken.id().toString());

        ExecutionResult<Boolean> r = alice.transact(CrossGreeterStub.on(greeter.id()).changeGreeting("Howdy"));

        assertFalse(r.value(), r::toTree);
        assertEquals(List.of("Failed to change the greeting"), r.logs());
        assertEquals("Smart contract panicked: Out of order",
                failureText(Receipts.call(r, broken.id(), "set_greeting")));
    }

    @Test
    void changeGreetingReturnsFalseWhenHelloNearDoesNotExist() {
        Account greeter = greeterOf("nobody.test.near");

        ExecutionResult<Boolean> r = alice.transact(CrossGreeterStub.on(greeter.id()).changeGreeting("Howdy"));

        assertFalse(r.value(), r::toTree);
        assertEquals(List.of("Failed to change the greeting"), r.logs());
    }

    @Test
    void strangerCannotCallThePrivateCallback() {
        Account greeter = greeterOf(hello.id().toString());

        ExecutionResult<String> r = alice.call(greeter.id(), "query_greeting_callback", "{}");

        assertEquals("Smart contract panicked: Method query_greeting_callback is private", r.failureText());
        ExecutionResult<String> change = alice.call(greeter.id(), "change_greeting_callback", "{}");
        assertEquals("Smart contract panicked: Method change_greeting_callback is private", change.failureText());
    }

    private static String failureText(ExecutionOutcome o) {
        return ((io.jnear.runtime.outcome.ExecutionStatus.Failure) o.status()).error().message();
    }
}

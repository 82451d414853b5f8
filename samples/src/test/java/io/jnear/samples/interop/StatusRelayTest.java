package io.jnear.samples.interop;

import static io.jnear.testing.OutcomeAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jnear.runtime.Account;
import io.jnear.runtime.ExecutionResult;
import io.jnear.runtime.Sandbox;
import io.jnear.samples.testing.BuildMode;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.NearToken;
import io.jnear.wasm.ReferenceContracts;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A Java contract calls near-sdk-rs's status_message (Wasm) through its typed stub, with callbacks. */
class StatusRelayTest {
    private static final long TEN_TGAS = 10_000_000_000_000L;
    /** The build the Java contract runs in; the {@code …WasmTest} twin runs the same tests on the Wasm build. */
    BuildMode mode() {
        return BuildMode.JVM;
    }

    private final Sandbox sandbox = Sandbox.create();
    private final Account alice = sandbox.createAccount("alice.test.near", NearToken.near(10));
    private final Account status = sandbox.deployWasm("status.test.near",
            ReferenceContracts.read("status_message.wasm"));
    private final Account relay = mode().deploy(sandbox, "relay.test.near", StatusRelay.class,
            StatusRelayStub.init(status.id().toString()));

    @Test
    void theJavaContractSetsAStatusOnTheRustContractAndItsCallbackSeesSuccess() {
        ExecutionResult<Boolean> r = alice.transact(StatusRelayStub.on(relay.id()).relay("hello from Java", TEN_TGAS));
        assertThat(r).hasValue(true).hasLogs("alice.test.near set_status with message hello from Java",
                "The Rust contract stored the status");
        assertEquals(Optional.of("hello from Java"), sandbox.view(StatusMessageStub.on(status.id()).getStatus(alice.id())));
        sandbox.checkConservation();
    }

    @Test
    void theJavaContractReadsAStatusBackThroughItsCallback() {
        alice.transact(StatusRelayStub.on(relay.id()).relay("hi", TEN_TGAS));
        assertEquals("hi", alice.transact(StatusRelayStub.on(relay.id()).statusOf(alice.id())).value());
        assertEquals("", alice.transact(StatusRelayStub.on(relay.id()).statusOf(AccountId.of("bob.test.near"))).value());
    }

    @Test
    void whenTheRustCallRunsOutOfGasTheCallbackStillRuns() {
        // 0.1 Tgas does not even cover reading the arguments and writing the status
        ExecutionResult<Boolean> r = alice.transact(StatusRelayStub.on(relay.id()).relay("too big a job", 100_000_000_000L));
        assertThat(r).hasValue(false).hasLogs("The Rust contract failed")
                .receipt(status.id(), "set_status").failedWith("Exceeded the prepaid gas.");
        assertEquals(1, r.failures().size(), r::toTree);
        assertEquals(Optional.empty(), sandbox.view(StatusMessageStub.on(status.id()).getStatus(alice.id())));
    }
}

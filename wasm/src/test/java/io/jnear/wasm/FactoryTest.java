package io.jnear.wasm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnear.runtime.Account;
import io.jnear.runtime.ExecutionResult;
import io.jnear.runtime.Sandbox;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.Gas;
import io.jnear.sdk.NearToken;
import java.util.List;
import org.junit.jupiter.api.Test;

/** near-sdk-rs's low-level factory: it deploys the status message code it embeds to a new sub-account. */
class FactoryTest {
    private final Sandbox sandbox = Sandbox.create();
    private final Account alice = sandbox.createAccount("alice.test.near", NearToken.near(20));
    private final Account factory = sandbox.deployWasm("factory.test.near", RealContracts.factory());
    private final AccountId child = AccountId.of("status.factory.test.near");

    private ExecutionResult<String> deployChild() {
        return alice.call(factory.id(), "deploy_status_message",
                "{\"account_id\":\"" + child + "\",\"amount\":\"5000000000000000000000000\"}", NearToken.ZERO,
                Gas.tgas(300));
    }

    @Test
    void deploysStatusMessageCodeToAFundedSubAccount() {
        ExecutionResult<String> r = deployChild();
        assertTrue(r.isSuccess() && r.failures().isEmpty(), r::toTree);
        assertTrue(sandbox.exists(child));
        assertEquals(NearToken.near(5), sandbox.balance(child));
        assertEquals("null", sandbox.viewJson(child, "get_status", "{\"account_id\":\"alice.test.near\"}"));
        sandbox.checkConservation();
    }

    @Test
    void complexCallSetsAStatusAndReadsItBackInItsCallback() {
        deployChild();
        ExecutionResult<String> r = alice.call(factory.id(), "complex_call",
                "{\"account_id\":\"" + child + "\",\"message\":\"hello\"}", NearToken.ZERO, Gas.tgas(300));
        assertEquals("\"hello\"", r.json(), r::toTree);
        assertEquals(List.of("alice.test.near set_status with message hello",
                "get_status for account_id alice.test.near"), r.logs());
    }
}

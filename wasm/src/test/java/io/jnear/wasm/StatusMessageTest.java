package io.jnear.wasm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnear.runtime.Account;
import io.jnear.runtime.ExecutionResult;
import io.jnear.runtime.Sandbox;
import io.jnear.runtime.ViewCallException;
import io.jnear.sdk.NearToken;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusMessageTest {
    private final Sandbox sandbox = Sandbox.create();
    private final Account alice = sandbox.createAccount("alice.test.near", NearToken.near(10));
    private final Account status = sandbox.deployWasm("status.test.near", RealContracts.statusMessage());

    @Test
    void setStatusStoresTheMessageUnderTheSignerAndLogsIt() {
        ExecutionResult<String> set = alice.call(status.id(), "set_status", "{\"message\":\"hello\"}");
        assertTrue(set.isSuccess(), set::toTree);
        assertEquals(List.of("alice.test.near set_status with message hello"), set.logs());
        assertEquals("\"hello\"", sandbox.viewJson(status.id(), "get_status", "{\"account_id\":\"alice.test.near\"}"));
    }

    @Test
    void aMissingAccountHasNoStatus() {
        assertEquals("null", sandbox.viewJson(status.id(), "get_status", "{\"account_id\":\"bob.test.near\"}"));
    }

    @Test
    void setStatusInAViewCallIsProhibited() {
        ViewCallException e = assertThrows(ViewCallException.class,
                () -> sandbox.viewJson(status.id(), "set_status", "{\"message\":\"hello\"}"));
        assertTrue(e.getMessage().contains("is not allowed in view calls"), e.getMessage());
    }
}

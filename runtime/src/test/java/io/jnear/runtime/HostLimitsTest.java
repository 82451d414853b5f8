package io.jnear.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnear.sdk.Gas;
import io.jnear.sdk.NearToken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HostLimitsTest {
    private Sandbox sandbox;
    private Account alice;
    private Account store;

    @BeforeEach
    void setUp() {
        sandbox = Sandbox.create();
        alice = sandbox.createAccount("alice.test.near", NearToken.near(100));
        store = sandbox.deploy("store.test.near", TestContracts.store(), null);
    }

    @Test
    void aHundredLogsAreAllowedAndTheHundredAndFirstFails() {
        ExecutionResult<String> ok = alice.call(store.id(), "log_many", "{\"count\":100}");
        assertEquals(100, ok.logs().size());
        ExecutionResult<String> tooMany = alice.call(store.id(), "log_many", "{\"count\":101}");
        assertEquals("The number of logs will exceed the limit 100", tooMany.failureText());
    }

    @Test
    void readingAPromiseResultOutsideACallbackFails() {
        assertEquals("Accessed invalid promise result index: 0",
                alice.call(store.id(), "read_result", "{}").failureText());
    }

    @Test
    void attachingMoreThanTheBalanceFailsWithExceededTheAccountBalance() {
        NearToken before = store.balance();
        ExecutionResult<String> r = alice.call(store.id(), "overspend", "{}");
        assertEquals("Exceeded the account balance.", r.failureText());
        assertTrue(store.balance().compareTo(before) >= 0, "nothing left the contract");
    }

    @Test
    void aContractThatCatchesItsOutOfGasErrorStillFails() {
        ExecutionResult<String> r = alice.call(store.id(), "swallow_gas_error", "{}", NearToken.ZERO, Gas.tgas(5));
        assertEquals("Exceeded the prepaid gas.", r.failureText());
        assertEquals(Gas.tgas(5).asGas() + 108_059_500_000L
                        + ProtocolConfig.protocol86().fees().execution(r.receiptOutcomes().get(0).actions().get(0),
                        io.jnear.runtime.state.AccountKind.NAMED),
                r.receiptOutcomes().get(0).gasBurnt(), "all prepaid gas is burnt");
    }

    @Test
    void aContractCannotCreateAFunctionCallWithoutGas() {
        Account caller = sandbox.deploy("caller.test.near", TestContracts.caller(), null);
        ExecutionResult<String> r = alice.call(caller.id(), "zero_gas_call", "{}");
        assertEquals("An new action receipt created during a FunctionCall is not valid: "
                + "The attached amount of gas in a FunctionCall action has to be a positive number", r.failureText());
        assertEquals(1, r.receiptOutcomes().stream().filter(o -> !o.isRefund()).count(), "no receipt was created");
    }
}

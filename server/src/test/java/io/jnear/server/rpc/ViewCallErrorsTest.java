package io.jnear.server.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The runtime's view-call failures become the text nearcore's RPC writes, which near-api-js parses. */
class ViewCallErrorsTest {
    private static final String PREFIX = "wasm execution failed with error: ";

    @Test
    void missingCodeNamesTheAccountInRustsDebugForm() {
        assertEquals(PREFIX + "FunctionCallError(CompilationError(CodeDoesNotExist { account_id: \"a.near\" }))",
                ViewCallErrors.nearcoreText("CodeDoesNotExist: cannot find contract code for account a.near"));
    }

    @Test
    void missingMethod() {
        assertEquals(PREFIX + "FunctionCallError(MethodResolveError(MethodNotFound))",
                ViewCallErrors.nearcoreText("MethodNotFound"));
    }

    @Test
    void panicQuotesItsMessageAsRustDoes() {
        assertEquals(PREFIX + "FunctionCallError(HostError(GuestPanic { panic_msg: \"say \\\"hi\\\"\" }))",
                ViewCallErrors.nearcoreText("Smart contract panicked: say \"hi\""));
    }

    @Test
    void hostFunctionProhibitedInAView() {
        assertEquals(PREFIX + "FunctionCallError(HostError(ProhibitedInView { method_name: \"storage_write\" }))",
                ViewCallErrors.nearcoreText("storage_write is not allowed in view calls"));
    }

    @Test
    void anythingElsePassesThroughBehindThePrefix() {
        assertEquals(PREFIX + "Exceeded the prepaid gas.", ViewCallErrors.nearcoreText("Exceeded the prepaid gas."));
    }
}

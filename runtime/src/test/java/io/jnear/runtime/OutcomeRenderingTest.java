package io.jnear.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.jnear.runtime.json.Json;
import io.jnear.sdk.NearToken;
import org.junit.jupiter.api.Test;

class OutcomeRenderingTest {

    @Test
    void treeShowsEachReceiptUnderItsCreatorWithBlocksResultsAndLogs() {
        Sandbox sandbox = Sandbox.create();
        Account alice = sandbox.createAccount("alice.test.near", NearToken.near(100));
        Account caller = sandbox.deploy("caller.test.near", TestContracts.caller(), null);
        sandbox.deploy("store.test.near", TestContracts.store(), null);

        String tree = alice.call(caller.id(), "call", "{\"target\":\"store.test.near\",\"method\":\"fail\"}").toTree();

        String[] lines = tree.split("\n");
        assertTrue(lines[0].startsWith("Transaction alice.test.near -> caller.test.near  [block "), tree);
        assertTrue(tree.contains("└─ block "), tree);
        assertTrue(tree.contains("store.test.near  fail({})  <- caller.test.near"), tree);
        assertTrue(tree.contains("FAILED: Smart contract panicked: boom"), tree);
        assertTrue(tree.contains("log: about to fail"), tree);
        assertTrue(tree.contains("log: callback saw [failed]"), tree);
        assertTrue(tree.contains("refund "), tree);
    }

    @Test
    void jsonHasTheShapeOfNearRpcFinalExecutionOutcome() throws Exception {
        Sandbox sandbox = Sandbox.create();
        Account alice = sandbox.createAccount("alice.test.near", NearToken.near(10));
        Account bob = sandbox.createAccount("bob.test.near", NearToken.near(10));

        JsonNode json = Json.mapper().readTree(alice.transfer(bob.id(), NearToken.near(1)).toJson());

        assertEquals("", json.at("/status/SuccessValue").asText());
        assertEquals("alice.test.near", json.at("/transaction/signer_id").asText());
        assertEquals(223_182_562_500L, json.at("/transaction_outcome/outcome/gas_burnt").asLong());
        assertEquals("22318256250000000000", json.at("/transaction_outcome/outcome/tokens_burnt").asText());
        assertEquals(json.at("/receipts_outcome/0/id").asText(),
                json.at("/transaction_outcome/outcome/receipt_ids/0").asText());
        assertEquals("bob.test.near", json.at("/receipts_outcome/0/outcome/executor_id").asText());
    }
}

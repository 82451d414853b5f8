package io.jnear.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.jnear.runtime.crypto.Ed25519;
import io.jnear.runtime.exec.InvalidTransactionException;
import io.jnear.runtime.json.Json;
import io.jnear.runtime.outcome.ExecutionOutcome;
import io.jnear.runtime.outcome.ExecutionStatus;
import io.jnear.runtime.outcome.InvalidTxError;
import io.jnear.sdk.AccessKey;
import io.jnear.sdk.Base58;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.Promise;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Outcomes in the shapes and order of nearcore's RPC views. */
class RpcShapesTest {

    private static JsonNode parse(String json) throws Exception {
        return Json.mapper().readTree(json);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    @Test
    void theTransactionViewAndOutcomesHaveEveryFieldOfNearcoresViews() throws Exception {
        Sandbox sandbox = Sandbox.create();
        Account alice = sandbox.createAccount("alice.test.near", NearToken.near(10));
        Account bob = sandbox.createAccount("bob.test.near", NearToken.near(10));

        ExecutionResult<Void> r = alice.transfer(bob.id(), NearToken.near(1));
        JsonNode json = parse(r.toJson());

        assertEquals(List.of("status", "transaction", "transaction_outcome", "receipts_outcome",
                "final_execution_status"), fieldNames(json));
        assertEquals("FINAL", json.get("final_execution_status").asText());
        JsonNode tx = json.get("transaction");
        assertEquals(List.of("signer_id", "public_key", "nonce", "receiver_id", "actions", "priority_fee",
                "signature", "hash"), fieldNames(tx));
        assertEquals(alice.publicKey().toString(), tx.get("public_key").asText());
        assertEquals("{\"Transfer\":{\"deposit\":\"1000000000000000000000000\"}}", tx.get("actions").get(0).toString());
        assertTrue(tx.get("signature").asText().startsWith("ed25519:"));
        assertEquals(0, tx.get("priority_fee").asInt());

        JsonNode txOutcome = json.get("transaction_outcome");
        assertEquals(List.of("proof", "block_hash", "id", "outcome"), fieldNames(txOutcome));
        assertEquals(List.of("logs", "receipt_ids", "gas_burnt", "tokens_burnt", "executor_id", "status", "metadata"),
                fieldNames(txOutcome.get("outcome")));
        assertEquals("{\"version\":1,\"gas_profile\":null}", txOutcome.at("/outcome/metadata").toString());
        assertEquals(r.transactionOutcome().blockHash().toString(), txOutcome.get("block_hash").asText());
        JsonNode receipt = json.at("/receipts_outcome/0");
        assertEquals(3, receipt.at("/outcome/metadata/version").asInt());
        assertTrue(receipt.at("/outcome/metadata/gas_profile").isArray());
        assertTrue(receipt.get("proof").isArray() && receipt.get("proof").isEmpty());
    }

    @Test
    void theSandboxSignsItsTransactionsWithTheSignersKey() throws Exception {
        Sandbox sandbox = Sandbox.create();
        Account alice = sandbox.createAccount("alice.test.near", NearToken.near(10));
        Account bob = sandbox.createAccount("bob.test.near", NearToken.near(10));
        JsonNode tx = parse(alice.transfer(bob.id(), NearToken.near(1)).toJson()).get("transaction");

        byte[] signature = Base58.decode(tx.get("signature").asText().substring("ed25519:".length()));
        byte[] hash = Base58.decode(tx.get("hash").asText());
        assertEquals(64, signature.length);
        assertTrue(Ed25519.verify(signature, hash, alice.publicKey().bytes()), "alice's key signs the hash");
        assertFalse(Ed25519.verify(signature, hash, bob.publicKey().bytes()), "bob's key does not");
        // deterministic: the same transaction in a fresh sandbox carries the same signature
        Sandbox again = Sandbox.create();
        Account alice2 = again.createAccount("alice.test.near", NearToken.near(10));
        again.createAccount("bob.test.near", NearToken.near(10));
        assertEquals(tx.toString(), parse(alice2.transfer(bob.id(), NearToken.near(1)).toJson()).get("transaction")
                .toString());
    }

    @Test
    void aFunctionCallsProfileNamesItsCostsAsNearcoreDoes() throws Exception {
        Sandbox sandbox = Sandbox.create();
        Account alice = sandbox.createAccount("alice.test.near", NearToken.near(10));
        Account store = sandbox.deploy("store.test.near", TestContracts.store(), null);

        JsonNode json = parse(alice.call(store.id(), "set", "{\"key\":\"k\",\"value\":\"v\"}").toJson());
        JsonNode profile = json.at("/receipts_outcome/0/outcome/metadata/gas_profile");
        List<String> costs = new ArrayList<>();
        for (JsonNode e : profile) {
            costs.add(e.get("cost_category").asText() + "/" + e.get("cost").asText());
            assertTrue(e.get("gas_used").isTextual(), "gas as a decimal string");
        }
        List<String> sorted = new ArrayList<>(costs);
        java.util.Collections.sort(sorted);
        assertEquals(sorted, costs, "sorted by category, then name, as nearcore's view sorts them");
        assertTrue(costs.contains("WASM_HOST_COST/STORAGE_WRITE_BASE"), costs::toString);
        assertTrue(costs.contains("WASM_HOST_COST/CONTRACT_LOADING_BASE"), costs::toString);
        assertTrue(costs.contains("WASM_HOST_COST/WASM_INSTRUCTION"), costs::toString);
    }

    @Test
    void receiptsOutcomeListsReceiptsDepthFirst() throws Exception {
        Sandbox sandbox = Sandbox.create();
        Account alice = sandbox.createAccount("alice.test.near", NearToken.near(100));
        Account caller = sandbox.deploy("caller.test.near", TestContracts.caller(), null);
        sandbox.deploy("store.test.near", TestContracts.store(), null);

        ExecutionResult<String> r = alice.call(caller.id(), "call",
                "{\"target\":\"store.test.near\",\"method\":\"echo\",\"args\":\"{\\\"value\\\":\\\"v\\\"}\"}");

        List<ExecutionOutcome> dfs = r.receiptOutcomesDepthFirst();
        List<String> order = new ArrayList<>();
        for (ExecutionOutcome o : dfs) {
            order.add(o.isRefund() ? "refund" : ((io.jnear.sdk.Action.FunctionCall) o.actions().get(0)).methodName());
        }
        // the call, then what it created in order (callee with its refund, callback with its refund), then its refund
        assertEquals(List.of("call", "echo", "refund", "on_result", "refund", "refund"), order);
        // in execution order the call's own refund (block after the call) comes before echo's refund
        assertEquals(dfs.get(5).id(), r.receiptOutcomes().get(2).id(), "execution order differs");
        assertEquals(dfs.get(0).receiptIds().get(2), dfs.get(5).id(), "the call's refund is its last receipt");
        JsonNode json = parse(r.toJson());
        for (int i = 0; i < dfs.size(); i++) {
            assertEquals(dfs.get(i).id().toString(), json.at("/receipts_outcome/" + i + "/id").asText());
        }
    }

    @Test
    void anUnfinishedTransactionIsNotStartedThenStarted() throws Exception {
        Sandbox sandbox = Sandbox.create();
        Account alice = sandbox.createAccount("alice.test.near", NearToken.near(10));
        Account bob = sandbox.createAccount("bob.test.near", NearToken.near(10));

        SubmittedTransaction<Void> tx = alice.submit(Promise.create(bob.id()).transfer(NearToken.near(1)));
        ExecutionResult<Void> before = tx.current();
        assertInstanceOf(ExecutionStatus.NotStarted.class, before.status());
        assertEquals("NONE", parse(before.toJson()).get("final_execution_status").asText());
        assertEquals("\"NotStarted\"", parse(before.toJson()).get("status").toString());

        sandbox.produceBlock();
        ExecutionResult<Void> included = tx.current();
        assertInstanceOf(ExecutionStatus.Started.class, included.status());
        assertEquals("INCLUDED_FINAL", parse(included.toJson()).get("final_execution_status").asText());
        IllegalStateException e = assertThrows(IllegalStateException.class, included::value);
        assertEquals("The transaction has not finished: Started", e.getMessage());

        assertTrue(tx.await().isSuccess());
    }

    @Test
    void aMissingAccessKeyNestsAsNearcoreNestsIt() throws Exception {
        Sandbox sandbox = Sandbox.create();
        Account alice = sandbox.createAccount("alice.test.near", NearToken.near(10));
        alice.transact(Promise.create(alice.id()).add(new io.jnear.sdk.Action.AddKey(
                io.jnear.sdk.PublicKey.ed25519(new byte[32]),
                new AccessKey(0, new AccessKey.FunctionCallPermission(null, alice.id(), List.of())))));
        alice.transact(Promise.create(alice.id()).deleteKey(alice.publicKey()));

        InvalidTransactionException e = assertThrows(InvalidTransactionException.class,
                () -> alice.transfer(sandbox.root().id(), NearToken.near(1)));

        InvalidTxError.AccessKeyNotFound error = assertInstanceOf(InvalidTxError.AccessKeyNotFound.class, e.error());
        assertEquals("{\"InvalidAccessKeyError\":{\"AccessKeyNotFound\":{\"account_id\":\"alice.test.near\","
                + "\"public_key\":\"" + alice.publicKey() + "\"}}}", Json.mapper().writeValueAsString(error.json()));
        assertEquals("Signer \"alice.test.near\" doesn't have access key with the given public_key "
                + alice.publicKey(), e.getMessage());
    }

    @Test
    void aSingleDeleteAccountReceiptRunsInTheBlockThatCreatedIt() {
        Sandbox sandbox = Sandbox.create();
        Account alice = sandbox.createAccount("alice.test.near", NearToken.near(10));
        Account store = sandbox.deploy("store.test.near", TestContracts.store(), null);
        Account caller = sandbox.deploy("caller.test.near", TestContracts.caller(), null);

        ExecutionResult<String> r = alice.call(caller.id(), "delete_self", "{\"beneficiary\":\"alice.test.near\"}");

        ExecutionOutcome call = r.receiptOutcomes().get(0);
        ExecutionOutcome delete = r.receiptOutcomes().stream()
                .filter(o -> !o.isRefund() && o.actions().get(0) instanceof io.jnear.sdk.Action.DeleteAccount)
                .findFirst().orElseThrow();
        assertEquals(call.blockHeight(), delete.blockHeight(), "instant since protocol 83");
        assertFalse(caller.exists());
        assertTrue(store.exists());
    }
}

package io.jnear.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.Base58;
import io.jnear.server.home.KeyFile;
import io.jnear.server.tx.Ed25519;
import io.jnear.wasm.ReferenceContracts;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Chunks list what their blocks included and received, in nearcore's shapes; {@code query} answers from the
 * state of any recent block, and nearcore's errors beyond the kept window.
 */
class ChunksAndPastBlocksTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final AccountId ROOT = AccountId.of("test.near");
    private static final AccountId BOB = AccountId.of("bob.test.near");
    private static final BigInteger NEAR = BigInteger.TEN.pow(24);
    /** Gas a transfer between named accounts burns at conversion, and again when it runs (NEAR-SEMANTICS §5). */
    private static final long TRANSFER_GAS = 223_182_562_500L;
    private static final int HISTORY = 8;

    private SandboxServer server;
    private byte[] rootSeed;

    @BeforeEach
    void start() throws Exception {
        server = SandboxServer.start(SandboxServer.Options.defaults().withPort(0).withStateHistory(HISTORY));
        rootSeed = KeyFile.read(server.keyFile()).keys().seed();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private JsonNode call(String method, JsonNode params) {
        ObjectNode request = MAPPER.createObjectNode().put("jsonrpc", "2.0").put("id", 1).put("method", method);
        request.set("params", params);
        return server.handler().respond(request.toString().getBytes(StandardCharsets.UTF_8));
    }

    private JsonNode result(String method, JsonNode params) {
        JsonNode response = call(method, params);
        assertNotNull(response.get("result"), response.toString());
        return response.get("result");
    }

    private byte[] headHash() {
        return Base58.decode(result("block", MAPPER.createObjectNode().put("finality", "final")).at("/header/hash").asText());
    }

    private long head() {
        return result("block", MAPPER.createObjectNode().put("finality", "final")).at("/header/height").asLong();
    }

    private long rootNonce() {
        return result("query", MAPPER.createObjectNode().put("request_type", "view_access_key").put("finality", "final")
                .put("account_id", ROOT.toString()).put("public_key", Ed25519.fromSeed(rootSeed).publicKey().toString()))
                .get("nonce").asLong();
    }

    private JsonNode commit(SignedTransactions tx, AccountId receiver) {
        JsonNode outcome = result("broadcast_tx_commit", MAPPER.createArrayNode()
                .add(tx.sign(ROOT, rootSeed, rootNonce() + 1, receiver, headHash())));
        assertTrue(outcome.path("status").has("SuccessValue"), outcome.toString());
        return outcome;
    }

    private JsonNode chunk(long height) {
        return result("chunk", MAPPER.createObjectNode().put("block_id", height));
    }

    private long heightOf(String blockHash) {
        return result("block", MAPPER.createObjectNode().put("block_id", blockHash)).at("/header/height").asLong();
    }

    private ObjectNode viewAccount(AccountId account) {
        return MAPPER.createObjectNode().put("request_type", "view_account").put("account_id", account.toString());
    }

    @Test
    void chunksListTheTransactionThenItsReceiptThenItsRefundWithTheGasOfThePreviousChunk() {
        commit(new SignedTransactions().createAccount().transfer(NEAR), BOB);
        JsonNode sent = commit(new SignedTransactions().transfer(NEAR), BOB);
        long included = heightOf(sent.at("/transaction_outcome/block_hash").asText());

        JsonNode first = chunk(included);
        assertEquals(1, first.get("transactions").size(), first.toString());
        JsonNode tx = first.at("/transactions/0");
        assertEquals(sent.get("transaction"), tx);
        assertEquals("1000000000000000000000000", tx.at("/actions/0/Transfer/deposit").asText());
        assertEquals(0, first.get("receipts").size(), first.toString());

        JsonNode second = chunk(included + 1);
        assertEquals(0, second.get("transactions").size());
        assertEquals(1, second.get("receipts").size(), second.toString());
        JsonNode receipt = second.at("/receipts/0");
        assertEquals(sent.at("/receipts_outcome/0/id").asText(), receipt.get("receipt_id").asText());
        assertEquals("test.near", receipt.get("predecessor_id").asText());
        assertEquals("bob.test.near", receipt.get("receiver_id").asText());
        assertEquals("test.near", receipt.at("/receipt/Action/signer_id").asText());
        assertEquals(Ed25519.fromSeed(rootSeed).publicKey().toString(), receipt.at("/receipt/Action/signer_public_key").asText());
        assertEquals("1000000000000000000000000", receipt.at("/receipt/Action/actions/0/Transfer/deposit").asText());
        // the chunk carries the conversion's results: the transaction's gas and burnt balance
        assertEquals(TRANSFER_GAS, second.at("/header/gas_used").asLong());
        assertEquals("22318256250000000000", second.at("/header/balance_burnt").asText());
        // the block before ran only the account creation's gas refund to test.near: a refund burns its execution
        // fees as gas (at gas price 0), so they count in the chunk's gas, as in nearcore
        assertEquals(TRANSFER_GAS, first.at("/header/gas_used").asLong(), "the previous transaction's gas refund");
        assertEquals("0", first.at("/header/balance_burnt").asText());

        JsonNode third = chunk(included + 2);
        assertEquals(1, third.get("receipts").size(), third.toString());
        JsonNode refund = third.at("/receipts/0");
        assertEquals("system", refund.get("predecessor_id").asText());
        assertEquals("test.near", refund.get("receiver_id").asText());
        assertEquals(sent.at("/receipts_outcome/1/id").asText(), refund.get("receipt_id").asText());
        assertEquals("0", refund.at("/receipt/Action/gas_price").asText());
        assertEquals(TRANSFER_GAS, third.at("/header/gas_used").asLong(), "the transfer's execution");

        // block shows the same chunk header
        JsonNode block = result("block", MAPPER.createObjectNode().put("block_id", included + 1));
        assertEquals(second.get("header"), block.at("/chunks/0"));
        // and EXPERIMENTAL_receipt answers with the receipt as it travelled
        assertEquals(receipt, result("EXPERIMENTAL_receipt",
                MAPPER.createObjectNode().put("receipt_id", receipt.get("receipt_id").asText())));
    }

    @Test
    void aReceiptToTheSignerItselfNeverTravelsButShowsTheSamePurchasePrice() {
        commit(new SignedTransactions().createAccount().transfer(NEAR), BOB);
        JsonNode toBob = commit(new SignedTransactions().transfer(BigInteger.ONE), BOB);
        JsonNode toSelf = commit(new SignedTransactions().transfer(BigInteger.ONE), ROOT);
        long included = heightOf(toSelf.at("/transaction_outcome/block_hash").asText());
        assertEquals(included, heightOf(toSelf.at("/receipts_outcome/0/block_hash").asText()),
                "a transaction to its own signer runs in the block that includes it");
        assertEquals(0, chunk(included).get("receipts").size(), "so no chunk lists it as arriving");
        JsonNode travelled = result("EXPERIMENTAL_receipt", MAPPER.createObjectNode()
                .put("receipt_id", toBob.at("/receipts_outcome/0/id").asText()));
        JsonNode local = result("EXPERIMENTAL_receipt", MAPPER.createObjectNode()
                .put("receipt_id", toSelf.at("/receipts_outcome/0/id").asText()));
        assertEquals("1000000000", travelled.at("/receipt/Action/gas_price").asText(), "10x the minimum gas price");
        assertEquals(travelled.at("/receipt/Action/gas_price"), local.at("/receipt/Action/gas_price"));
        assertEquals("test.near", local.get("receiver_id").asText());
    }

    @Test
    void aCallbackWaitsForTheDataReceiptItsPromiseSends() {
        AccountId fact = AccountId.of("fact.test.near");
        commit(new SignedTransactions().createAccount().transfer(NEAR.multiply(BigInteger.TEN))
                .deploy(ReferenceContracts.read("cross_contract_low_level.wasm")), fact);
        JsonNode sent = commit(new SignedTransactions().functionCall("factorial", "{\"n\":2}", 100_000_000_000_000L,
                BigInteger.ZERO), fact);
        assertEquals(b64("2"), sent.at("/status/SuccessValue").asText());
        long included = heightOf(sent.at("/transaction_outcome/block_hash").asText());
        List<JsonNode> receipts = new ArrayList<>();
        for (long h = included; h <= head(); h++) {
            chunk(h).get("receipts").forEach(receipts::add);
        }
        JsonNode call = find(receipts, "factorial", 2); // the first is the transaction's own, factorial(2)
        JsonNode callback = find(receipts, "factorial_mult", 1);
        JsonNode output = call.at("/receipt/Action/output_data_receivers/0");
        assertEquals("fact.test.near", output.get("receiver_id").asText());
        String dataId = output.get("data_id").asText();
        assertEquals("[\"" + dataId + "\"]", callback.at("/receipt/Action/input_data_ids").toString());
        JsonNode data = receipts.stream().filter(r -> r.at("/receipt/Data/data_id").asText().equals(dataId))
                .findFirst().orElseThrow(() -> new AssertionError("no data receipt for " + dataId + " in " + receipts));
        assertEquals(b64("1"), data.at("/receipt/Data/data").asText(), "factorial(1) as JSON");
        assertEquals("fact.test.near", data.get("predecessor_id").asText());
    }

    /** The {@code count}-th receipt among {@code receipts} that calls {@code method} (1 = the first). */
    private static JsonNode find(List<JsonNode> receipts, String method, int count) {
        int seen = 0;
        for (JsonNode r : receipts) {
            if (r.at("/receipt/Action/actions/0/FunctionCall/method_name").asText().equals(method) && ++seen == count) {
                return r;
            }
        }
        throw new AssertionError("no call of " + method + " among " + receipts);
    }

    @Test
    void queryAtAPastBlockAnswersFromThatBlocksState() {
        commit(new SignedTransactions().createAccount().transfer(NEAR), BOB);
        JsonNode sent = commit(new SignedTransactions().transfer(NEAR), BOB);
        String includedHash = sent.at("/transaction_outcome/block_hash").asText();
        long included = heightOf(includedHash);
        long executed = heightOf(sent.at("/receipts_outcome/0/block_hash").asText());

        JsonNode before = result("query", viewAccount(BOB).put("block_id", included));
        assertEquals(NEAR.toString(), before.get("amount").asText());
        assertEquals(included, before.get("block_height").asLong());
        assertEquals(includedHash, before.get("block_hash").asText());
        assertEquals(before, result("query", viewAccount(BOB).put("block_id", includedHash)));
        assertEquals(NEAR.multiply(BigInteger.TWO).toString(),
                result("query", viewAccount(BOB).put("block_id", executed)).get("amount").asText());
        assertEquals(NEAR.multiply(BigInteger.TWO).toString(),
                result("query", viewAccount(BOB).put("finality", "optimistic")).get("amount").asText());
        // bob did not exist yet two blocks before the first transfer ran
        long beforeBob = included - 3;
        JsonNode unknown = call("query", viewAccount(BOB).put("block_id", beforeBob)).get("error");
        assertEquals("UNKNOWN_ACCOUNT", unknown.at("/cause/name").asText(), unknown.toString());
        assertEquals(beforeBob, unknown.at("/cause/info/block_height").asLong());
    }

    @Test
    void viewCallsAtAPastBlockSeeThatBlocksContractState() {
        AccountId status = AccountId.of("status.test.near");
        commit(new SignedTransactions().createAccount().transfer(NEAR.multiply(BigInteger.TEN))
                .deploy(ReferenceContracts.read("status_message.wasm")), status);
        JsonNode first = commit(new SignedTransactions().functionCall("set_status", "{\"message\":\"one\"}",
                30_000_000_000_000L, BigInteger.ZERO), status);
        long afterFirst = heightOf(first.at("/receipts_outcome/0/block_hash").asText());
        commit(new SignedTransactions().functionCall("set_status", "{\"message\":\"two\"}", 30_000_000_000_000L,
                BigInteger.ZERO), status);
        ObjectNode get = MAPPER.createObjectNode().put("request_type", "call_function").put("account_id", status.toString())
                .put("method_name", "get_status").put("args_base64", Base64.getEncoder().encodeToString(
                        "{\"account_id\":\"test.near\"}".getBytes(StandardCharsets.UTF_8)));
        assertEquals("\"one\"", text(result("query", get.deepCopy().put("block_id", afterFirst))));
        assertEquals("\"two\"", text(result("query", get.deepCopy().put("finality", "final"))));
        assertEquals("null", text(result("query", get.deepCopy().put("block_id", afterFirst - 1))));
    }

    private static String b64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String text(JsonNode callResult) {
        byte[] bytes = new byte[callResult.get("result").size()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) callResult.get("result").get(i).asInt();
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void withNoStateHistoryOnlyTheHeadAnswers() throws Exception {
        server.close();
        server = SandboxServer.start(SandboxServer.Options.defaults().withPort(0).withStateHistory(0));
        result("sandbox_fast_forward", MAPPER.createObjectNode().put("delta_height", 2));
        long head = head();
        assertEquals(head, result("query", viewAccount(ROOT).put("block_id", head)).get("block_height").asLong());
        assertEquals("GARBAGE_COLLECTED_BLOCK", call("query", viewAccount(ROOT).put("block_id", head - 1))
                .at("/error/cause/name").asText());
        assertEquals(head - 1, result("block", MAPPER.createObjectNode().put("block_id", head - 1))
                .at("/header/height").asLong(), "blocks themselves still answer");
    }

    @Test
    void stateOlderThanTheKeptWindowIsGarbageCollectedAndFutureBlocksAreUnknown() {
        result("sandbox_fast_forward", MAPPER.createObjectNode().put("delta_height", 3 * HISTORY));
        long head = head();
        assertEquals(head - HISTORY, result("query", viewAccount(ROOT).put("block_id", head - HISTORY))
                .get("block_height").asLong());
        long gone = head - HISTORY - 1;
        JsonNode error = call("query", viewAccount(ROOT).put("block_id", gone)).get("error");
        assertEquals("HANDLER_ERROR", error.get("name").asText());
        assertEquals("GARBAGE_COLLECTED_BLOCK", error.at("/cause/name").asText());
        assertEquals(gone, error.at("/cause/info/block_height").asLong());
        assertEquals(result("block", MAPPER.createObjectNode().put("block_id", gone)).at("/header/hash").asText(),
                error.at("/cause/info/block_hash").asText());
        assertEquals("The data for block #" + gone + " is garbage collected on this node, use an archival node to "
                + "fetch historical data", error.get("data").asText());

        JsonNode future = call("query", viewAccount(ROOT).put("block_id", head + 1)).get("error");
        assertEquals("UNKNOWN_BLOCK", future.at("/cause/name").asText());
        assertEquals("{\"block_reference\":{\"block_id\":" + (head + 1) + "}}", future.at("/cause/info").toString());
        assertEquals("Block either has never been observed on the node or has been garbage collected: BlockId(Height("
                + (head + 1) + "))", future.get("data").asText());
        JsonNode shard = call("chunk", MAPPER.createObjectNode().put("block_id", head).put("shard_id", 1)).get("error");
        assertEquals("{\"name\":\"INVALID_SHARD_ID\",\"info\":{\"shard_id\":1}}", shard.get("cause").toString());
        assertEquals("Shard id 1 does not exist", shard.get("data").asText());
        assertEquals(head, result("chunk", MAPPER.createObjectNode().put("block_id", head).put("shard_id", 0))
                .at("/header/height_included").asLong());
        JsonNode legacy = result("chunk", MAPPER.createArrayNode().add(MAPPER.createArrayNode().add(head).add(0)));
        assertEquals(result("chunk", MAPPER.createObjectNode().put("block_id", head).put("shard_id", 0)), legacy);
        assertEquals(legacy, result("chunk", MAPPER.createArrayNode().add(legacy.at("/header/chunk_hash").asText())));
        String missing = Base58.encode(new byte[32]);
        JsonNode chunk = call("chunk", MAPPER.createObjectNode().put("chunk_id", missing)).get("error");
        assertEquals("UNKNOWN_CHUNK", chunk.at("/cause/name").asText());
        assertEquals("Chunk Missing (unavailable on the node): ChunkHash(`" + missing + "`) \n Cause: Unknown",
                chunk.get("data").asText());
        JsonNode futureBlock = call("block", MAPPER.createObjectNode().put("block_id", head + 1)).get("error");
        assertEquals("{\"name\":\"UNKNOWN_BLOCK\",\"info\":{}}", futureBlock.get("cause").toString());
        assertEquals("DB Not Found Error: BLOCK HEIGHT: " + (head + 1) + " \n Cause: Unknown", futureBlock.get("data").asText());
    }
}

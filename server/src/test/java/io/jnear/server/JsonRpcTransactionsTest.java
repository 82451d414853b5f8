package io.jnear.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.Base58;
import io.jnear.server.home.KeyFile;
import io.jnear.server.tx.Ed25519;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Signed transactions over JSON-RPC: what nearcore accepts runs; what it refuses changes nothing. */
class JsonRpcTransactionsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final AccountId ROOT = AccountId.of("test.near");
    private static final AccountId BOB = AccountId.of("bob.test.near");
    private static final BigInteger NEAR = BigInteger.TEN.pow(24);

    @TempDir
    Path home;
    private SandboxServer server;
    private byte[] rootSeed;

    @BeforeEach
    void start() throws Exception {
        server = SandboxServer.start(SandboxServer.Options.defaults().withPort(0).withHome(home));
        rootSeed = KeyFile.read(server.keyFile()).keys().seed();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private JsonNode call(String method, JsonNode params) {
        ObjectNode request = MAPPER.createObjectNode().put("jsonrpc", "2.0").put("id", "t").put("method", method);
        request.set("params", params);
        return server.handler().respond(request.toString().getBytes(StandardCharsets.UTF_8));
    }

    private JsonNode send(String signedTxBase64) {
        return call("broadcast_tx_commit", MAPPER.createArrayNode().add(signedTxBase64));
    }

    private byte[] headHash() {
        return Base58.decode(call("block", MAPPER.createObjectNode().put("finality", "final"))
                .at("/result/header/hash").asText());
    }

    private long nonceOf(AccountId account, byte[] seed) {
        return call("query", MAPPER.createObjectNode().put("request_type", "view_access_key").put("finality", "final")
                .put("account_id", account.toString()).put("public_key", Ed25519.fromSeed(seed).publicKey().toString()))
                .at("/result/nonce").asLong();
    }

    private BigInteger amount(AccountId account) {
        return new BigInteger(call("query", MAPPER.createObjectNode().put("request_type", "view_account")
                .put("finality", "final").put("account_id", account.toString())).at("/result/amount").asText());
    }

    private JsonNode createBob() {
        byte[] bobSeed = new byte[32];
        bobSeed[0] = 7;
        String tx = new SignedTransactions().createAccount().transfer(NEAR.multiply(BigInteger.TWO))
                .addFullAccessKey(Ed25519.fromSeed(bobSeed).publicKey().bytes())
                .sign(ROOT, rootSeed, nonceOf(ROOT, rootSeed) + 1, BOB, headHash());
        return send(tx);
    }

    @Test
    void signedCreateAccountRunsAndFundsTheAccountToTheYocto() {
        JsonNode response = createBob();
        assertEquals("{\"SuccessValue\":\"\"}", response.at("/result/status").toString(), response.toString());
        assertEquals("FINAL", response.at("/result/final_execution_status").asText());
        assertEquals(NEAR.multiply(BigInteger.TWO), amount(BOB));
        assertEquals(1, nonceOf(ROOT, rootSeed));
    }

    @Test
    void forgedSignatureIsRefusedAndChangesNothing() {
        BigInteger before = amount(ROOT);
        byte[] other = new byte[32];
        other[0] = 1;
        String tx = new SignedTransactions().transfer(NEAR).sign(ROOT, rootSeed, 1, AccountId.of("x.test.near"),
                headHash(), other);
        JsonNode error = send(tx).get("error");
        assertEquals("HANDLER_ERROR", error.get("name").asText());
        assertEquals("INVALID_TRANSACTION", error.at("/cause/name").asText());
        assertEquals("\"InvalidSignature\"", error.at("/cause/info").toString());
        assertEquals("{\"TxExecutionError\":{\"InvalidTxError\":\"InvalidSignature\"}}", error.get("data").toString());
        assertEquals(-32000, error.get("code").asInt());
        assertEquals("Server error", error.get("message").asText());
        assertEquals(before, amount(ROOT));
        assertEquals(0, nonceOf(ROOT, rootSeed));
    }

    @Test
    void unknownBlockHashIsExpired() {
        String tx = new SignedTransactions().transfer(NEAR).sign(ROOT, rootSeed, 1, BOB, new byte[32]);
        assertEquals("{\"TxExecutionError\":{\"InvalidTxError\":\"Expired\"}}", send(tx).at("/error/data").toString());
    }

    @Test
    void blockHashOlderThanTheValidityPeriodIsExpired() {
        byte[] genesis = headHash();
        call("sandbox_fast_forward", MAPPER.createObjectNode().put("delta_height", 86_401));
        assertEquals(86_401, call("block", MAPPER.createObjectNode().put("finality", "final"))
                .at("/result/header/height").asLong());
        String tx = new SignedTransactions().transfer(NEAR).sign(ROOT, rootSeed, 1, BOB, genesis);
        assertEquals("\"Expired\"", send(tx).at("/error/cause/info").toString());
    }

    @Test
    void reusedNonceIsInvalidNonceWithBothNonces() {
        createBob();
        BigInteger before = amount(ROOT);
        String tx = new SignedTransactions().transfer(BigInteger.ONE).sign(ROOT, rootSeed, 1, BOB, headHash());
        JsonNode error = send(tx).get("error");
        assertEquals("{\"InvalidNonce\":{\"tx_nonce\":1,\"ak_nonce\":1}}", error.at("/cause/info").toString());
        assertEquals(before, amount(ROOT));
    }

    @Test
    void nonceAboveHeightTimesAMillionIsNonceTooLarge() {
        String tx = new SignedTransactions().transfer(BigInteger.ONE).sign(ROOT, rootSeed, 5_000_000, BOB, headHash());
        assertEquals("{\"NonceTooLarge\":{\"tx_nonce\":5000000,\"upper_bound\":1000000}}",
                send(tx).at("/error/cause/info").toString());
    }

    @Test
    void unknownKeyIsAccessKeyNotFoundNamingAccountAndKey() {
        byte[] stranger = new byte[32];
        stranger[0] = 9;
        String tx = new SignedTransactions().transfer(BigInteger.ONE).sign(ROOT, stranger, 1, BOB, headHash());
        assertEquals("{\"InvalidAccessKeyError\":{\"AccessKeyNotFound\":{\"account_id\":\"test.near\",\"public_key\":\""
                + Ed25519.fromSeed(stranger).publicKey() + "\"}}}", send(tx).at("/error/cause/info").toString());
    }

    @Test
    void zeroGasFunctionCallIsRefusedByActionValidation() {
        BigInteger before = amount(ROOT);
        String tx = new SignedTransactions().functionCall("ping", "{}", 0, BigInteger.ZERO)
                .sign(ROOT, rootSeed, 1, ROOT, headHash());
        JsonNode error = send(tx).get("error");
        assertEquals("INVALID_TRANSACTION", error.at("/cause/name").asText(), error.toString());
        assertTrue(error.at("/cause/info").toString().contains("FunctionCallZeroAttachedGas"), error.toString());
        assertEquals(before, amount(ROOT));
    }

    @Test
    void txStatusAndReceiptAnswerForASentTransaction() {
        JsonNode sent = createBob().get("result");
        String hash = sent.at("/transaction/hash").asText();
        JsonNode status = call("EXPERIMENTAL_tx_status", MAPPER.createObjectNode().put("tx_hash", hash)
                .put("sender_account_id", ROOT.toString()).put("wait_until", "FINAL")).get("result");
        assertEquals(sent.get("transaction_outcome"), status.get("transaction_outcome"));
        assertTrue(status.get("receipts").size() >= 1);
        String receiptId = sent.at("/receipts_outcome/0/id").asText();
        JsonNode receipt = call("EXPERIMENTAL_receipt", MAPPER.createObjectNode().put("receipt_id", receiptId));
        assertEquals(BOB.toString(), receipt.at("/result/receiver_id").asText(), receipt.toString());
        assertEquals(ROOT.toString(), receipt.at("/result/receipt/Action/signer_id").asText());
        assertEquals("\"CreateAccount\"", receipt.at("/result/receipt/Action/actions/0").toString());
        assertEquals("2000000000000000000000000", receipt.at("/result/receipt/Action/actions/1/Transfer/deposit").asText());
        // outcomes name the blocks the block method serves
        String blockHash = sent.at("/receipts_outcome/0/block_hash").asText();
        assertEquals(blockHash, call("block", MAPPER.createObjectNode().put("block_id", blockHash))
                .at("/result/header/hash").asText());
        JsonNode unknown = call("tx", MAPPER.createArrayNode().add(Base58.encode(new byte[32])).add("test.near"));
        assertEquals("UNKNOWN_TRANSACTION", unknown.at("/error/cause/name").asText());
    }

    @Test
    void asyncBroadcastAnswersWithTheHashOfTheTransaction() {
        String tx = new SignedTransactions().transfer(BigInteger.ONE).sign(ROOT, rootSeed, 1, ROOT, headHash());
        JsonNode response = call("broadcast_tx_async", MAPPER.createArrayNode().add(tx));
        byte[] bytes = java.util.Base64.getDecoder().decode(tx);
        byte[] unsigned = java.util.Arrays.copyOf(bytes, bytes.length - 65);
        assertEquals(Base58.encode(SignedTransactions.sha256(unsigned)), response.get("result").asText());
        JsonNode none = call("send_tx", MAPPER.createObjectNode().put("signed_tx_base64", tx).put("wait_until", "NONE"));
        assertEquals("{\"final_execution_status\":\"NONE\"}", none.get("result").toString());
    }

    @Test
    void transactionOverOnePointFiveMebibytesIsTransactionSizeExceeded() {
        BigInteger before = amount(ROOT);
        String tx = new SignedTransactions().deploy(new byte[1_572_864]).sign(ROOT, rootSeed, 1, ROOT, headHash());
        JsonNode error = send(tx).get("error");
        int size = java.util.Base64.getDecoder().decode(tx).length;
        assertEquals("{\"TransactionSizeExceeded\":{\"size\":" + size + ",\"limit\":1572864}}",
                error.at("/cause/info").toString());
        assertEquals(before, amount(ROOT));
    }

    /** Gives the root a function-call key for {@code bob.test.near}'s {@code ping} with this allowance. */
    private byte[] functionCallKey(String allowance) {
        byte[] seed = new byte[32];
        seed[0] = 42;
        ObjectNode params = MAPPER.createObjectNode();
        ObjectNode key = params.putArray("records").addObject().putObject("AccessKey");
        key.put("account_id", ROOT.toString()).put("public_key", Ed25519.fromSeed(seed).publicKey().toString());
        ObjectNode call = key.putObject("access_key").put("nonce", 0).putObject("permission").putObject("FunctionCall");
        call.put("allowance", allowance).put("receiver_id", BOB.toString());
        call.putArray("method_names").add("ping");
        call("sandbox_patch_state", params);
        return seed;
    }

    @Test
    void functionCallKeyWithTooSmallAnAllowanceIsNotEnoughAllowanceWithTheCost() {
        byte[] seed = functionCallKey("1000");
        String tx = new SignedTransactions().functionCall("ping", "{}", 30_000_000_000_000L, BigInteger.ZERO)
                .sign(ROOT, seed, 1, BOB, headHash());
        JsonNode info = send(tx).at("/error/cause/info/InvalidAccessKeyError/NotEnoughAllowance");
        assertEquals(ROOT.toString(), info.get("account_id").asText());
        assertEquals(Ed25519.fromSeed(seed).publicKey().toString(), info.get("public_key").asText());
        assertEquals("1000", info.get("allowance").asText());
        BigInteger cost = new BigInteger(info.get("cost").asText());
        assertTrue(cost.compareTo(BigInteger.valueOf(30_000_000_000_000L).multiply(BigInteger.valueOf(100_000_000L))) >= 0,
                "the cost covers at least the attached gas at the gas price: " + cost);
        assertEquals(0, nonceOf(ROOT, seed));
    }

    @Test
    void functionCallKeyMayNotAttachADeposit() {
        byte[] seed = functionCallKey(NEAR.toString());
        String tx = new SignedTransactions().functionCall("ping", "{}", 30_000_000_000_000L, BigInteger.ONE)
                .sign(ROOT, seed, 1, BOB, headHash());
        assertEquals("{\"InvalidAccessKeyError\":\"DepositWithFunctionCall\"}", send(tx).at("/error/cause/info").toString());
    }

    @Test
    void functionCallKeyPaysTheTransactionsCostFromItsAllowanceAndGetsItsGasRefundBack() {
        createBob();
        byte[] seed = functionCallKey("1000");
        SignedTransactions ping = new SignedTransactions().functionCall("ping", "{}", 30_000_000_000_000L, BigInteger.ZERO);
        // the refusal names the cost; the same actions cost the same when the allowance suffices
        BigInteger cost = new BigInteger(send(ping.sign(ROOT, seed, 1, BOB, headHash()))
                .at("/error/cause/info/InvalidAccessKeyError/NotEnoughAllowance/cost").asText());
        functionCallKey(NEAR.toString());
        JsonNode result = send(ping.sign(ROOT, seed, 1, BOB, headHash()));
        assertTrue(result.at("/result/status/Failure").isObject(), "bob has no code: " + result);
        JsonNode key = call("query", MAPPER.createObjectNode().put("request_type", "view_access_key")
                .put("finality", "final").put("account_id", ROOT.toString())
                .put("public_key", Ed25519.fromSeed(seed).publicKey().toString())).get("result");
        // the failed call's gas refund goes back into the allowance: its unused attached gas at the purchase
        // price (10^9) and the price surplus (10^9 - 10^8) on the gas it burnt
        long burnt = result.at("/result/receipts_outcome/0/outcome/gas_burnt").asLong();
        BigInteger refund = BigInteger.valueOf(30_000_000_000_000L).multiply(BigInteger.valueOf(1_000_000_000L))
                .add(BigInteger.valueOf(burnt).multiply(BigInteger.valueOf(900_000_000L)));
        assertEquals(NEAR.subtract(cost).add(refund).toString(), key.at("/permission/FunctionCall/allowance").asText());
        assertEquals(1, key.get("nonce").asLong());
    }

    @Test
    void malformedTransactionIsAParseError() {
        JsonNode error = send("AAAA").get("error");
        assertEquals("REQUEST_VALIDATION_ERROR", error.get("name").asText());
        assertEquals("PARSE_ERROR", error.at("/cause/name").asText());
        assertEquals(-32700, error.get("code").asInt());
    }

    @Test
    void patchedBalanceShowsInViewAccount() {
        ObjectNode params = MAPPER.createObjectNode();
        ObjectNode account = params.putArray("records").addObject().putObject("Account");
        account.put("account_id", "carol.test.near");
        account.putObject("account").put("amount", "123").put("locked", "0").put("storage_usage", 182);
        assertEquals("{}", call("sandbox_patch_state", params).get("result").toString());
        JsonNode view = call("query", MAPPER.createObjectNode().put("request_type", "view_account")
                .put("finality", "final").put("account_id", "carol.test.near")).get("result");
        assertEquals("123", view.get("amount").asText());
        assertEquals(182, view.get("storage_usage").asLong());
    }

    @Test
    void stateAndKeySurviveARestartFromTheHomeDirectory() throws Exception {
        createBob();
        BigInteger bob = amount(BOB);
        BigInteger root = amount(ROOT);
        long height = call("block", MAPPER.createObjectNode().put("finality", "final")).at("/result/header/height").asLong();
        BigInteger supply = balancesSum();
        server.close();
        server = SandboxServer.start(SandboxServer.Options.defaults().withPort(0).withHome(home));
        assertEquals(bob, amount(BOB));
        assertEquals(root, amount(ROOT));
        assertEquals(height, call("block", MAPPER.createObjectNode().put("finality", "final"))
                .at("/result/header/height").asLong());
        assertEquals(supply, supply(height), "the supply the other process left");
        assertEquals(supply, balancesSum());
        byte[] seed = KeyFile.read(server.keyFile()).keys().seed();
        assertEquals(Base58.encode(rootSeed), Base58.encode(seed));
        // the blocks before the restart ran in the other process: this one knows the chain from here on
        assertEquals(height, call("status", null).at("/result/sync_info/earliest_block_height").asLong());
        assertEquals("UNKNOWN_BLOCK", call("block", MAPPER.createObjectNode().put("block_id", height - 1))
                .at("/error/cause/name").asText());
        assertEquals("GARBAGE_COLLECTED_BLOCK", call("query", MAPPER.createObjectNode().put("request_type",
                "view_account").put("block_id", height - 1).put("account_id", "bob.test.near")).at("/error/cause/name")
                .asText());
        assertFalse(send(new SignedTransactions().transfer(BigInteger.ONE)
                .sign(ROOT, rootSeed, nonceOf(ROOT, rootSeed) + 1, BOB, headHash())).has("error"));
        assertEquals(bob.add(BigInteger.ONE), amount(BOB));
    }

    private JsonNode receipt(String id) {
        return call("EXPERIMENTAL_receipt", MAPPER.createObjectNode().put("receipt_id", id)).get("result");
    }

    @Test
    void refundsShowNearcoresSenderAndSignerForEachKind() {
        createBob();
        // a transfer to an account that does not exist fails: its deposit comes back, and so does the gas
        // bought at the transaction's price above the block's
        JsonNode failed = send(new SignedTransactions().transfer(NEAR).sign(ROOT, rootSeed,
                nonceOf(ROOT, rootSeed) + 1, AccountId.of("nobody.test.near"), headHash())).get("result");
        assertTrue(failed.at("/status/Failure").isObject(), failed.toString());
        JsonNode deposit = null;
        JsonNode gas = null;
        for (JsonNode outcome : failed.get("receipts_outcome")) {
            JsonNode r = receipt(outcome.get("id").asText());
            if (!r.get("predecessor_id").asText().equals("system")) {
                continue;
            }
            if (r.at("/receipt/Action/actions/0/Transfer/deposit").asText().equals(NEAR.toString())) {
                deposit = r;
            } else {
                gas = r;
            }
        }
        // nearcore's Receipt::new_balance_refund: from system, signed by system with the empty key
        assertTrue(deposit != null, "no deposit refund among " + failed.get("receipts_outcome"));
        assertEquals("test.near", deposit.get("receiver_id").asText());
        assertEquals("system", deposit.at("/receipt/Action/signer_id").asText());
        assertEquals("ed25519:11111111111111111111111111111111", deposit.at("/receipt/Action/signer_public_key").asText());
        assertEquals("0", deposit.at("/receipt/Action/gas_price").asText());
        // Receipt::new_gas_refund: from system, but naming the signer and its key, whose allowance it refills
        assertTrue(gas != null, "no gas refund among " + failed.get("receipts_outcome"));
        assertEquals("test.near", gas.get("receiver_id").asText());
        assertEquals("test.near", gas.at("/receipt/Action/signer_id").asText());
        assertEquals(Ed25519.fromSeed(rootSeed).publicKey().toString(), gas.at("/receipt/Action/signer_public_key").asText());
        assertEquals("0", gas.at("/receipt/Action/gas_price").asText());
        // a call's unused gas (here: to an account without code) comes back the same way
        JsonNode call = send(new SignedTransactions().functionCall("nothing_here", "{}", 30_000_000_000_000L,
                BigInteger.ZERO).sign(ROOT, rootSeed, nonceOf(ROOT, rootSeed) + 1, BOB, headHash())).get("result");
        JsonNode refund = receipt(call.at("/receipts_outcome/1/id").asText());
        assertEquals("system", refund.get("predecessor_id").asText(), call.toString());
        assertEquals("test.near", refund.at("/receipt/Action/signer_id").asText());
    }

    @Test
    void executedReceiptsAreFoundByIdAmongManyTransactions() {
        createBob();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            JsonNode sent = send(new SignedTransactions().transfer(BigInteger.valueOf(i + 1))
                    .sign(ROOT, rootSeed, nonceOf(ROOT, rootSeed) + 1, BOB, headHash())).get("result");
            ids.add(sent.at("/receipts_outcome/0/id").asText());
        }
        for (int i = 0; i < ids.size(); i++) {
            assertEquals(Integer.toString(i + 1), receipt(ids.get(i)).at("/receipt/Action/actions/0/Transfer/deposit")
                    .asText());
        }
        JsonNode unknown = call("EXPERIMENTAL_receipt", MAPPER.createObjectNode().put("receipt_id", Base58.encode(new byte[32])));
        assertEquals("UNKNOWN_RECEIPT", unknown.at("/error/cause/name").asText());
    }

    private JsonNode header(long height) {
        return call("block", MAPPER.createObjectNode().put("block_id", height)).at("/result/header");
    }

    private BigInteger supply(long height) {
        return new BigInteger(header(height).get("total_supply").asText());
    }

    private BigInteger balancesSum() {
        return server.node().read(s -> s.chain().state().accounts().stream()
                .map(a -> a.amount().add(a.locked())).reduce(BigInteger.ZERO, BigInteger::add));
    }

    @Test
    void totalSupplyIsTheGenesisSupplyLessWhatBurntAndEqualsTheBalancesToTheYocto() {
        BigInteger genesis = NEAR.multiply(BigInteger.valueOf(1_000_000_000));
        assertEquals(genesis, supply(0));
        createBob();
        send(new SignedTransactions().transfer(BigInteger.ONE).sign(ROOT, rootSeed, nonceOf(ROOT, rootSeed) + 1, BOB,
                headHash()));
        send(new SignedTransactions().transfer(NEAR).sign(ROOT, rootSeed, nonceOf(ROOT, rootSeed) + 1,
                AccountId.of("nobody.test.near"), headHash()));
        // a Wasm call: the contract earns a share of the gas it burnt, which is not burnt
        AccountId status = AccountId.of("status.test.near");
        send(new SignedTransactions().createAccount().transfer(NEAR.multiply(BigInteger.TEN))
                .deploy(io.jnear.wasm.ReferenceContracts.read("status_message.wasm"))
                .sign(ROOT, rootSeed, nonceOf(ROOT, rootSeed) + 1, status, headHash()));
        BigInteger contractBefore = amount(status);
        JsonNode set = send(new SignedTransactions().functionCall("set_status", "{\"message\":\"hi\"}",
                30_000_000_000_000L, BigInteger.ZERO).sign(ROOT, rootSeed, nonceOf(ROOT, rootSeed) + 1, status,
                headHash())).get("result");
        assertEquals("{\"SuccessValue\":\"\"}", set.get("status").toString(), set.toString());
        assertTrue(amount(status).compareTo(contractBefore) > 0, "the contract earned its reward");
        // the header trails execution by a block, as in nearcore: one more block shows everything burnt
        call("sandbox_fast_forward", MAPPER.createObjectNode().put("delta_height", 1));
        long head = call("block", MAPPER.createObjectNode().put("finality", "final")).at("/result/header/height").asLong();
        BigInteger supply = supply(head);
        assertEquals(balancesSum(), supply, "nothing is in flight, so the balances are the whole supply");
        assertTrue(supply.compareTo(genesis) < 0);
        // and each header's supply is the previous one's less the burnt balance its chunk reports
        for (long h = 1; h <= head; h++) {
            JsonNode chunk = call("block", MAPPER.createObjectNode().put("block_id", h)).at("/result/chunks/0");
            assertEquals(supply(h - 1).subtract(new BigInteger(chunk.get("balance_burnt").asText())), supply(h),
                    "block " + h);
        }
    }

    @Test
    void aTransactionSentAgainIsTheOneAlreadyKnownAndRunsOnce() {
        createBob();
        long nonce = nonceOf(ROOT, rootSeed) + 1;
        byte[] blockHash = headHash();
        BigInteger bob = amount(BOB);
        JsonNode first = send(new SignedTransactions().transfer(NEAR).sign(ROOT, rootSeed, nonce, BOB, blockHash));
        assertEquals("{\"SuccessValue\":\"\"}", first.at("/result/status").toString(), first.toString());
        // the same transaction (same hash) again, even with a signature that would not verify, as nearcore's
        // RPC answers for a transaction it already has
        byte[] other = new byte[32];
        other[0] = 9;
        JsonNode again = send(new SignedTransactions().transfer(NEAR).sign(ROOT, rootSeed, nonce, BOB, blockHash, other));
        assertEquals(first.at("/result/transaction/hash"), again.at("/result/transaction/hash"));
        assertEquals(first.at("/result/receipts_outcome"), again.at("/result/receipts_outcome"));
        assertEquals(bob.add(NEAR), amount(BOB), "it ran once");
        assertEquals(nonce, nonceOf(ROOT, rootSeed));
    }
}

package io.jnear.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.Base58;
import io.jnear.server.home.KeyFile;
import io.jnear.server.tx.Ed25519;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Clients sending at the same time (their transactions may share blocks): every transaction finishes, and
 * every account ends with exactly what its own outcomes say, to the yocto.
 */
class ConcurrentClientsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final AccountId ROOT = AccountId.of("test.near");
    private static final BigInteger NEAR = BigInteger.TEN.pow(24);
    private static final int CLIENTS = 4;
    private static final int TRANSFERS = 25;

    private SandboxServer server;
    private byte[] rootSeed;

    @BeforeEach
    void start() throws Exception {
        server = SandboxServer.start(SandboxServer.Options.defaults().withPort(0));
        rootSeed = KeyFile.read(server.keyFile()).keys().seed();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private JsonNode result(String method, JsonNode params) {
        ObjectNode request = MAPPER.createObjectNode().put("jsonrpc", "2.0").put("id", 1).put("method", method);
        request.set("params", params);
        JsonNode response = server.handler().respond(request.toString().getBytes(StandardCharsets.UTF_8));
        if (!response.has("result")) {
            throw new AssertionError(method + ": " + response);
        }
        return response.get("result");
    }

    private byte[] headHash() {
        return Base58.decode(result("block", MAPPER.createObjectNode().put("finality", "final")).at("/header/hash").asText());
    }

    private BigInteger amount(AccountId account) {
        return new BigInteger(result("query", MAPPER.createObjectNode().put("request_type", "view_account")
                .put("finality", "final").put("account_id", account.toString())).get("amount").asText());
    }

    /** The nonce of {@code account}'s key made from {@code seed}: (height it was added at − 1) × 10^6, as in nearcore. */
    private long nonceOf(AccountId account, byte[] seed) {
        return result("query", MAPPER.createObjectNode().put("request_type", "view_access_key").put("finality", "final")
                .put("account_id", account.toString()).put("public_key", Ed25519.fromSeed(seed).publicKey().toString()))
                .get("nonce").asLong();
    }

    /** Yocto an outcome's transaction cost its signer: the deposit plus every outcome's tokens burnt. */
    private static BigInteger cost(JsonNode outcome, BigInteger deposit) {
        BigInteger burnt = new BigInteger(outcome.at("/transaction_outcome/outcome/tokens_burnt").asText());
        for (JsonNode r : outcome.get("receipts_outcome")) {
            burnt = burnt.add(new BigInteger(r.at("/outcome/tokens_burnt").asText()));
        }
        return burnt.add(deposit);
    }

    @Test
    @Timeout(120)
    void transfersFromConcurrentClientsAllLandAndBalancesMatchTheirOutcomesToTheYocto() throws Exception {
        List<AccountId> senders = new ArrayList<>();
        List<byte[]> seeds = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            AccountId sender = AccountId.of("sender" + c + ".test.near");
            byte[] seed = new byte[32];
            seed[0] = (byte) (c + 1);
            result("broadcast_tx_commit", MAPPER.createArrayNode().add(new SignedTransactions().createAccount()
                    .transfer(NEAR).addFullAccessKey(Ed25519.fromSeed(seed).publicKey().bytes())
                    .sign(ROOT, rootSeed, c + 1, sender, headHash())));
            senders.add(sender);
            seeds.add(seed);
        }
        BigInteger rootBefore = amount(ROOT);
        byte[] blockHash = headHash();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<BigInteger>> spent = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                AccountId sender = senders.get(c);
                byte[] seed = seeds.get(c);
                long keyNonce = nonceOf(sender, seed);
                spent.add(pool.submit(() -> {
                    BigInteger total = BigInteger.ZERO;
                    for (int n = 1; n <= TRANSFERS; n++) {
                        JsonNode outcome = result("broadcast_tx_commit", MAPPER.createArrayNode().add(
                                new SignedTransactions().transfer(BigInteger.ONE)
                                        .sign(sender, seed, keyNonce + n, ROOT, blockHash)));
                        assertEquals("{\"SuccessValue\":\"\"}", outcome.get("status").toString());
                        total = total.add(cost(outcome, BigInteger.ONE));
                    }
                    return total;
                }));
            }
            for (int c = 0; c < CLIENTS; c++) {
                assertEquals(NEAR.subtract(spent.get(c).get()), amount(senders.get(c)), senders.get(c).toString());
            }
        } finally {
            pool.shutdownNow();
        }
        // the root received one yocto per transfer and nothing else
        assertEquals(rootBefore.add(BigInteger.valueOf(CLIENTS * TRANSFERS)), amount(ROOT));
    }
}

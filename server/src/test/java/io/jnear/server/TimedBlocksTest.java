package io.jnear.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.Base58;
import io.jnear.server.home.KeyFile;
import io.jnear.server.node.BlockProduction;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** With {@code --block-time}, transactions wait for the timer's blocks, and waiting calls answer when they come. */
class TimedBlocksTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final AccountId ROOT = AccountId.of("test.near");

    @Test
    void asyncTransactionRunsInLaterBlocksAndTxWaitsForIt() throws Exception {
        try (SandboxServer server = SandboxServer.start(SandboxServer.Options.defaults().withPort(0)
                .withProduction(new BlockProduction.Timed(20)))) {
            byte[] seed = KeyFile.read(server.keyFile()).keys().seed();
            JsonNode head = call(server, "block", MAPPER.createObjectNode().put("finality", "final"));
            long startHeight = head.at("/result/header/height").asLong();
            String tx = new SignedTransactions().transfer(BigInteger.ONE)
                    .sign(ROOT, seed, 1, ROOT, Base58.decode(head.at("/result/header/hash").asText()));
            String hash = call(server, "broadcast_tx_async", MAPPER.createArrayNode().add(tx)).get("result").asText();
            JsonNode done = call(server, "tx", MAPPER.createObjectNode().put("tx_hash", hash)
                    .put("sender_account_id", ROOT.toString()).put("wait_until", "EXECUTED"));
            assertEquals("{\"SuccessValue\":\"\"}", done.at("/result/status").toString(), done.toString());
            long height = call(server, "block", MAPPER.createObjectNode().put("finality", "final"))
                    .at("/result/header/height").asLong();
            assertTrue(height > startHeight, "blocks were produced by the timer: " + startHeight + " -> " + height);
        }
    }

    private static JsonNode call(SandboxServer server, String method, JsonNode params) {
        ObjectNode request = MAPPER.createObjectNode().put("jsonrpc", "2.0").put("id", 1).put("method", method);
        request.set("params", params);
        return server.handler().respond(request.toString().getBytes(StandardCharsets.UTF_8));
    }
}

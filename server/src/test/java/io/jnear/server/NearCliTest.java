package io.jnear.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jnear.sdk.Base58;
import io.jnear.wasm.ReferenceContracts;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code near} CLI (near-cli 4, JavaScript, from the npm registry, pinned by
 * {@code src/test/near-cli/package-lock.json}) against a sandbox server, configured as for any custom
 * network ({@code NEAR_NETWORK=custom}, {@code NEAR_CUSTOM_RPC}) and signing as the root with the server's
 * key file copied into its credentials folder unchanged: both use neard's {@code validator_key.json} layout.
 */
class NearCliTest {
    private static final NodeTool CLI = new NodeTool(Path.of("src", "test", "near-cli"));
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final BigInteger NEAR = BigInteger.TEN.pow(24);
    private static final Pattern TRANSACTION_ID = Pattern.compile("Transaction Id (\\w+)");

    @TempDir
    Path home;
    private SandboxServer server;

    @BeforeEach
    void start() throws Exception {
        CLI.installed();
        server = SandboxServer.start(SandboxServer.Options.defaults().withPort(0));
        Path credentials = Files.createDirectories(home.resolve(".near-credentials").resolve("custom"));
        Files.copy(server.keyFile(), credentials.resolve("test.near.json"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** Runs {@code near <args>}; returns what it printed, asserting its exit code. */
    private String near(int expectedExit, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("node", "node_modules/near-cli/bin/near"));
        command.addAll(List.of(args));
        command.addAll(List.of("--networkId", "custom"));
        NodeTool.Result result = CLI.run(command, Map.of("HOME", home.toString(), "NEAR_NETWORK", "custom",
                "NEAR_CUSTOM_RPC", server.url().toString(), "NO_UPDATE_NOTIFIER", "1"), 120);
        assertEquals(expectedExit, result.exitCode(), "near " + String.join(" ", args) + ":\n" + result.output());
        return result.output();
    }

    private JsonNode query(String type, String account) {
        ObjectNode params = MAPPER.createObjectNode().put("request_type", type).put("finality", "final")
                .put("account_id", account);
        ObjectNode request = MAPPER.createObjectNode().put("jsonrpc", "2.0").put("id", 1).put("method", "query");
        request.set("params", params);
        return server.handler().respond(request.toString().getBytes(StandardCharsets.UTF_8));
    }

    private BigInteger amount(String account) {
        return new BigInteger(query("view_account", account).at("/result/amount").asText());
    }

    @Test
    void theNearCliCreatesAccountsSendsDeploysCallsAndViews() throws Exception {
        assertTrue(near(0, "state", "test.near").contains("amount: '" + amount("test.near") + "'"));

        near(0, "create-account", "alice.test.near", "--useAccount", "test.near", "--initialBalance", "5");
        assertEquals(NEAR.multiply(BigInteger.valueOf(5)), amount("alice.test.near"));
        JsonNode aliceKey = MAPPER.readTree(home.resolve(".near-credentials/custom/alice.test.near.json").toFile());
        assertEquals(aliceKey.get("public_key"), query("view_access_key_list", "alice.test.near")
                .at("/result/keys/0/public_key"), "the key the CLI saved is alice's only key");
        assertTrue(near(0, "list-keys", "alice.test.near").contains(aliceKey.get("public_key").asText()));

        near(0, "send-near", "test.near", "alice.test.near", "1");
        assertEquals(NEAR.multiply(BigInteger.valueOf(6)), amount("alice.test.near"));

        byte[] wasm = ReferenceContracts.read("status_message.wasm");
        Path wasmFile = Files.write(home.resolve("status_message.wasm"), wasm);
        near(0, "create-account", "status.test.near", "--useAccount", "test.near", "--initialBalance", "10");
        near(0, "deploy", "status.test.near", wasmFile.toString());
        assertEquals(Base58.encode(MessageDigest.getInstance("SHA-256").digest(wasm)),
                query("view_account", "status.test.near").at("/result/code_hash").asText());

        String called = near(0, "call", "status.test.near", "set_status", "{\"message\":\"hello from near-cli\"}",
                "--useAccount", "alice.test.near");
        assertTrue(called.contains("Log [status.test.near]: alice.test.near set_status with message hello from near-cli"),
                called);
        assertTrue(near(0, "view", "status.test.near", "get_status", "{\"account_id\":\"alice.test.near\"}")
                .contains("'hello from near-cli'"));
        assertTrue(near(0, "storage", "status.test.near", "--finality", "final", "--utf8").contains("hello from near-cli"));

        Matcher id = TRANSACTION_ID.matcher(called);
        assertTrue(id.find(), called);
        assertTrue(near(0, "tx-status", id.group(1), "alice.test.near").contains("final_execution_status: 'FINAL'"));

        String validators = near(0, "validators", "current");
        assertTrue(validators.contains("Validators (total: 1, seat price: 0)") && validators.contains("test.near"),
                validators);

        String failed = near(1, "call", "status.test.near", "no_such_method", "{}", "--useAccount", "alice.test.near");
        assertTrue(failed.contains("MethodNotFound"), failed);
    }
}

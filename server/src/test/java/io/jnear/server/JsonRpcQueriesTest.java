package io.jnear.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Views and node methods answer in nearcore's shapes, and their failures with nearcore's error objects. */
class JsonRpcQueriesTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private SandboxServer server;

    @BeforeEach
    void start() throws Exception {
        server = SandboxServer.start(SandboxServer.Options.defaults().withPort(0));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private JsonNode call(String method, JsonNode params) {
        ObjectNode request = MAPPER.createObjectNode().put("jsonrpc", "2.0").put("id", 42).put("method", method);
        request.set("params", params);
        return server.handler().respond(request.toString().getBytes(StandardCharsets.UTF_8));
    }

    private ObjectNode query(String type, String account) {
        return MAPPER.createObjectNode().put("request_type", type).put("finality", "final").put("account_id", account);
    }

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void viewStateListsEntriesUnderThePrefixSortedByKey() {
        ObjectNode params = MAPPER.createObjectNode();
        ArrayNode records = params.putArray("records");
        for (String[] kv : new String[][] {{"b:2", "two"}, {"a:1", "one"}, {"b:1", "uno"}, {"STATE", "s"}}) {
            records.addObject().putObject("Data").put("account_id", "test.near").put("data_key", b64(kv[0]))
                    .put("value", b64(kv[1]));
        }
        call("sandbox_patch_state", params);
        JsonNode values = call("query", query("view_state", "test.near").put("prefix_base64", b64("b:")))
                .at("/result/values");
        assertEquals("[{\"key\":\"" + b64("b:1") + "\",\"value\":\"" + b64("uno") + "\"},{\"key\":\"" + b64("b:2")
                + "\",\"value\":\"" + b64("two") + "\"}]", values.toString());
        assertEquals(4, call("query", query("view_state", "test.near").put("prefix_base64", ""))
                .at("/result/values").size());
    }

    @Test
    void accountViewCarriesBlockHeightAndHash() {
        JsonNode result = call("query", query("view_account", "test.near")).get("result");
        JsonNode header = call("block", MAPPER.createObjectNode().put("finality", "optimistic")).at("/result/header");
        assertEquals(header.get("height"), result.get("block_height"));
        assertEquals(header.get("hash"), result.get("block_hash"));
        assertEquals("11111111111111111111111111111111", result.get("code_hash").asText());
        assertEquals("0", result.get("locked").asText());
    }

    @Test
    void viewCallOfAnAccountWithoutCodeAnswersNearcoresLegacyErrorText() {
        JsonNode result = call("query", query("call_function", "test.near").put("method_name", "get")
                .put("args_base64", "")).get("result");
        assertEquals("wasm execution failed with error: FunctionCallError(CompilationError(CodeDoesNotExist "
                + "{ account_id: \"test.near\" }))", result.get("error").asText());
        assertEquals("[]", result.get("logs").toString());
    }

    @Test
    void unknownAccessKeyAnswersNearcoresLegacyErrorText() {
        String key = "ed25519:" + io.jnear.sdk.Base58.encode(new byte[32]);
        JsonNode result = call("query", query("view_access_key", "test.near").put("public_key", key)).get("result");
        assertEquals("access key " + key + " does not exist while viewing", result.get("error").asText());
    }

    @Test
    void accessKeyListIsSortedByKeyBytes() {
        JsonNode keys = call("query", query("view_access_key_list", "test.near")).at("/result/keys");
        assertEquals(2, keys.size()); // the sandbox's own key and the key file's
        byte[] first = io.jnear.sdk.PublicKey.parse(keys.get(0).get("public_key").asText()).bytes();
        byte[] second = io.jnear.sdk.PublicKey.parse(keys.get(1).get("public_key").asText()).bytes();
        assertFalse(java.util.Arrays.compareUnsigned(first, second) > 0);
        assertEquals("FullAccess", keys.get(0).at("/access_key/permission").asText());
    }

    @Test
    void viewCodeOfAnAccountWithoutCodeIsNoContractCode() {
        JsonNode error = call("query", query("view_code", "test.near")).get("error");
        assertEquals("NO_CONTRACT_CODE", error.at("/cause/name").asText());
        assertEquals("test.near", error.at("/cause/info/contract_account_id").asText());
    }

    @Test
    void futureBlocksAreUnknownAndPastOnesAnswer() {
        call("sandbox_fast_forward", MAPPER.createObjectNode().put("delta_height", 3));
        JsonNode unknown = call("block", MAPPER.createObjectNode().put("block_id", 99)).get("error");
        assertEquals("UNKNOWN_BLOCK", unknown.at("/cause/name").asText());
        assertEquals("DB Not Found Error: BLOCK HEIGHT: 99 \n Cause: Unknown", unknown.get("data").asText());
        assertEquals(1, call("block", MAPPER.createObjectNode().put("block_id", 1)).at("/result/header/height").asLong());
        JsonNode old = call("query", ((ObjectNode) query("view_account", "test.near").without("finality")).put("block_id", 1))
                .get("result");
        assertEquals(1, old.get("block_height").asLong());
    }

    @Test
    void unknownMethodAndBrokenJsonGetRequestValidationErrors() {
        JsonNode missing = call("nope", MAPPER.createObjectNode()).get("error");
        assertEquals("{\"name\":\"REQUEST_VALIDATION_ERROR\",\"cause\":{\"name\":\"METHOD_NOT_FOUND\",\"info\":"
                + "{\"method_name\":\"nope\"}},\"code\":-32601,\"message\":\"Method not found\",\"data\":\"nope\"}",
                missing.toString());
        JsonNode broken = server.handler().respond("{not json".getBytes(StandardCharsets.UTF_8));
        assertEquals("PARSE_ERROR", broken.at("/error/cause/name").asText());
        assertEquals(-32700, broken.at("/error/code").asInt());
    }

    @Test
    void nodeMethodsAnswerWithTheSandboxsConfiguration() {
        assertEquals("100000000", call("gas_price", MAPPER.createArrayNode().addNull()).at("/result/gas_price").asText());
        assertEquals("10000000000000000000", call("EXPERIMENTAL_protocol_config",
                MAPPER.createObjectNode().put("finality", "final")).at("/result/runtime_config/storage_amount_per_byte")
                .asText());
        assertEquals(86, call("status", MAPPER.createArrayNode()).at("/result/protocol_version").asInt());
        assertEquals("null", call("health", MAPPER.createArrayNode()).get("result").toString());
        assertEquals(42, call("health", MAPPER.createArrayNode()).get("id").asInt());
        assertEquals("sandbox", call("EXPERIMENTAL_genesis_config", null).at("/result/chain_id").asText());
        assertEquals(0, call("network_info", null).at("/result/num_active_peers").asInt());
        assertEquals("test.near", call("validators", MAPPER.createArrayNode().addNull())
                .at("/result/current_validators/0/account_id").asText());
        JsonNode chunk = call("chunk", MAPPER.createObjectNode().put("block_id", 0)).get("result");
        JsonNode byHash = call("chunk", MAPPER.createObjectNode().put("chunk_id",
                chunk.at("/header/chunk_hash").asText())).get("result");
        assertEquals(chunk, byHash);
    }
}

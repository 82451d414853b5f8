package io.jnear.server.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jnear.runtime.exec.Chain;
import io.jnear.runtime.state.AccountState;
import io.jnear.runtime.state.StorageKey;
import io.jnear.sdk.AccessKey;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.Base58;
import io.jnear.sdk.PublicKey;
import io.jnear.server.node.Node;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * {@code query}: accounts, code, contract state, access keys and view calls, against the state of the
 * block asked for (the head, or one of the recent blocks whose state the node keeps).
 * A failed view call and a missing access key answer with nearcore's legacy {@code result.error}
 * rather than a JSON-RPC error, as nearcore does for compatibility.
 */
final class QueryMethods {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    static final String NO_CODE_HASH = "11111111111111111111111111111111";

    private final Node node;
    private final BlockMethods blocks;

    QueryMethods(Node node, BlockMethods blocks) {
        this.node = node;
        this.blocks = blocks;
    }

    void register(Map<String, RpcMethod> methods) {
        methods.put("query", this::query);
    }

    private JsonNode query(Params params) {
        if (params.isArray()) {
            throw RpcException.parse("Failed parsing args: the legacy path form of query is not supported; "
                    + "send {\"request_type\": …}");
        }
        String type = params.text("request_type", 0);
        long height = blocks.resolveForQuery(params);
        return node.readAt(height, sandbox -> {
            Chain chain = sandbox.chain();
            ObjectNode result = switch (type) {
                case "view_account" -> viewAccount(account(chain, params, height));
                case "view_code" -> viewCode(account(chain, params, height), height);
                case "view_state" -> viewState(account(chain, params, height), params);
                case "view_access_key" -> viewAccessKey(account(chain, params, height), params);
                case "view_access_key_list" -> viewAccessKeyList(account(chain, params, height));
                case "call_function" -> callFunction(chain, account(chain, params, height), params);
                default -> throw RpcException.parse("Failed parsing args: unknown variant `" + type + "`");
            };
            result.put("block_height", height);
            result.put("block_hash", node.blockHash(height).toString());
            return result;
        });
    }

    private AccountState account(Chain chain, Params params, long height) {
        AccountId id = params.accountId("account_id", 0);
        AccountState account = chain.state().get(id);
        if (account == null) {
            ObjectNode info = JSON.objectNode().put("requested_account_id", id.toString())
                    .put("block_height", height).put("block_hash", node.blockHash(height).toString());
            throw RpcException.handler("UNKNOWN_ACCOUNT", info, "account " + id + " does not exist while viewing");
        }
        return account;
    }

    private static ObjectNode viewAccount(AccountState a) {
        ObjectNode view = JSON.objectNode();
        view.put("amount", a.amount().toString());
        view.put("locked", a.locked().toString());
        view.put("code_hash", a.code() == null ? NO_CODE_HASH : Base58.encode(a.code().hash()));
        view.put("storage_usage", a.storageUsage());
        view.put("storage_paid_at", 0);
        return view;
    }

    private ObjectNode viewCode(AccountState a, long height) {
        byte[] code = a.code() == null || !a.code().isWasm() ? null : a.code().bytes();
        if (code == null) {
            ObjectNode info = JSON.objectNode().put("contract_account_id", a.id().toString())
                    .put("block_height", height).put("block_hash", node.blockHash(height).toString());
            throw RpcException.handler("NO_CONTRACT_CODE", info, "Contract code for contract ID " + a.id()
                    + " has never been observed on the node at block #" + height);
        }
        ObjectNode view = JSON.objectNode();
        view.put("code_base64", Base64.getEncoder().encodeToString(code));
        view.put("hash", Base58.encode(a.code().hash()));
        return view;
    }

    private static ObjectNode viewState(AccountState a, Params params) {
        String prefixText = params.optionalText("prefix_base64", 0);
        byte[] prefix = prefixText == null ? new byte[0] : params.base64("prefix_base64", 0);
        ObjectNode view = JSON.objectNode();
        ArrayNode values = view.putArray("values");
        Base64.Encoder b64 = Base64.getEncoder();
        for (Map.Entry<StorageKey, byte[]> e : a.dataSorted().entrySet()) {
            byte[] key = e.getKey().bytes();
            if (key.length >= prefix.length && Arrays.equals(key, 0, prefix.length, prefix, 0, prefix.length)) {
                values.addObject().put("key", b64.encodeToString(key)).put("value", b64.encodeToString(e.getValue()));
            }
        }
        return view;
    }

    private static ObjectNode viewAccessKey(AccountState a, Params params) {
        String text = params.text("public_key", 0);
        PublicKey key;
        try {
            key = PublicKey.parse(text);
        } catch (IllegalArgumentException e) {
            throw RpcException.parse("Failed parsing args: invalid public key `" + text + "`: " + e.getMessage());
        }
        AccessKey accessKey = a.key(key);
        if (accessKey == null) {
            ObjectNode legacy = JSON.objectNode();
            legacy.put("error", "access key " + key + " does not exist while viewing");
            legacy.putArray("logs");
            return legacy;
        }
        return KeyViews.accessKey(accessKey);
    }

    private static ObjectNode viewAccessKeyList(AccountState a) {
        // nearcore lists keys in the order of its trie: by the key's bytes.
        List<Map.Entry<PublicKey, AccessKey>> keys = new ArrayList<>(a.keys().entrySet());
        keys.sort((x, y) -> Arrays.compareUnsigned(x.getKey().bytes(), y.getKey().bytes()));
        ObjectNode view = JSON.objectNode();
        ArrayNode list = view.putArray("keys");
        for (Map.Entry<PublicKey, AccessKey> k : keys) {
            list.addObject().put("public_key", k.getKey().toString()).set("access_key", KeyViews.accessKey(k.getValue()));
        }
        return view;
    }

    private static ObjectNode callFunction(Chain chain, AccountState a, Params params) {
        String method = params.text("method_name", 0);
        byte[] args = params.get("args_base64", 0) == null ? new byte[0] : params.base64("args_base64", 0);
        Chain.ViewResult r = chain.view(a.id(), method, args);
        ObjectNode view = JSON.objectNode();
        if (r.error() != null) {
            view.put("error", ViewCallErrors.nearcoreText(r.error()));
            view.putArray("logs");
            return view;
        }
        ArrayNode bytes = view.putArray("result");
        for (byte b : r.value()) {
            bytes.add(b & 0xff);
        }
        ArrayNode logs = view.putArray("logs");
        r.logs().forEach(logs::add);
        return view;
    }
}

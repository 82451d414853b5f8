package io.jnear.server.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.jnear.runtime.state.AccountState;
import io.jnear.runtime.state.ChainState;
import io.jnear.runtime.state.StorageKey;
import io.jnear.sdk.AccessKey;
import io.jnear.sdk.AccountId;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.PublicKey;
import io.jnear.sdk.spi.ContractCode;
import io.jnear.server.node.Node;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The sandbox-only methods: {@code sandbox_patch_state} writes state records (accounts, access keys,
 * contract data, code) directly, as neard's sandbox does; {@code sandbox_fast_forward} produces blocks.
 */
final class SandboxMethods {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Node node;

    SandboxMethods(Node node) {
        this.node = node;
    }

    void register(Map<String, RpcMethod> methods) {
        methods.put("sandbox_patch_state", this::patchState);
        methods.put("sandbox_fast_forward", this::fastForward);
    }

    private JsonNode fastForward(Params params) {
        JsonNode delta = params.get("delta_height", 0);
        if (delta == null || !delta.canConvertToLong() || delta.asLong() < 0) {
            throw RpcException.parse("Failed parsing args: `delta_height` must be a non-negative integer");
        }
        node.fastForward(delta.asLong());
        return JSON.objectNode();
    }

    private JsonNode patchState(Params params) {
        JsonNode records = params.get("records", 0);
        if (records == null || !records.isArray()) {
            throw RpcException.parse("Failed parsing args: missing field `records`");
        }
        List<Runnable> writes = new ArrayList<>();
        // Storage usage is set last, as given: writing keys and data would otherwise add to it again.
        List<Runnable> usages = new ArrayList<>();
        for (JsonNode record : records) {
            writes.add(patch(record, usages));
        }
        node.read(sandbox -> {
            ChainState state = sandbox.chain().state();
            writes.forEach(Runnable::run);
            usages.forEach(Runnable::run);
            state.commit(0);
            return null;
        });
        return JSON.objectNode();
    }

    /** Parses one record now (so a bad one changes nothing) and returns the write to make under the node's lock. */
    private Runnable patch(JsonNode record, List<Runnable> usages) {
        if (record.has("Account")) {
            JsonNode r = record.get("Account");
            AccountId id = new Params(r).accountId("account_id", 0);
            JsonNode account = r.get("account");
            BigInteger amount = yocto(account, "amount");
            BigInteger locked = yocto(account, "locked");
            long storage = account.path("storage_usage").asLong(-1);
            return () -> {
                ChainState state = state();
                AccountState a = existingOrNew(state, id);
                state.setAmount(a, amount);
                state.setLocked(a, locked);
                if (storage >= 0) {
                    usages.add(() -> state.addStorageUsage(a, storage - a.storageUsage()));
                }
            };
        }
        if (record.has("AccessKey")) {
            Params r = new Params(record.get("AccessKey"));
            AccountId id = r.accountId("account_id", 0);
            PublicKey key = PublicKey.parse(r.text("public_key", 0));
            AccessKey accessKey = accessKey(r.get("access_key", 0));
            return () -> {
                ChainState state = state();
                AccountState a = existing(state, id);
                state.removeKey(a, key);
                state.addKey(a, key, accessKey);
            };
        }
        if (record.has("Data")) {
            Params r = new Params(record.get("Data"));
            AccountId id = r.accountId("account_id", 0);
            byte[] key = r.base64("data_key", 0);
            byte[] value = r.base64("value", 0);
            return () -> {
                ChainState state = state();
                state.write(existing(state, id), new StorageKey(key), value);
            };
        }
        if (record.has("Contract")) {
            Params r = new Params(record.get("Contract"));
            AccountId id = r.accountId("account_id", 0);
            byte[] code = r.base64("code", 0);
            return () -> {
                ChainState state = state();
                state.setCode(existing(state, id), ContractCode.wasm(code));
            };
        }
        throw RpcException.parse("Failed parsing args: unsupported state record " + record.fieldNames().next());
    }

    private ChainState state() {
        return node.read(s -> s.chain().state());
    }

    private static AccountState existingOrNew(ChainState state, AccountId id) {
        AccountState a = state.get(id);
        return a == null ? state.createAccount(id) : a;
    }

    private static AccountState existing(ChainState state, AccountId id) {
        AccountState a = state.get(id);
        if (a == null) {
            throw RpcException.handler("UNKNOWN_ACCOUNT", JSON.objectNode().put("requested_account_id", id.toString()),
                    "account " + id + " does not exist while patching state");
        }
        return a;
    }

    private static BigInteger yocto(JsonNode account, String field) {
        JsonNode value = account == null ? null : account.get(field);
        if (value == null) {
            return BigInteger.ZERO;
        }
        try {
            return NearToken.ofYocto(new BigInteger(value.asText())).asYocto();
        } catch (IllegalArgumentException e) {
            throw RpcException.parse("Failed parsing args: `" + field + "` must be a decimal yocto amount");
        }
    }

    private static AccessKey accessKey(JsonNode view) {
        if (view == null) {
            throw RpcException.parse("Failed parsing args: missing field `access_key`");
        }
        long nonce = view.path("nonce").asLong(0);
        JsonNode permission = view.get("permission");
        if (permission != null && permission.has("FunctionCall")) {
            JsonNode f = permission.get("FunctionCall");
            NearToken allowance = f.hasNonNull("allowance") ? NearToken.ofYocto(new BigInteger(f.get("allowance").asText())) : null;
            List<String> methods = new ArrayList<>();
            f.path("method_names").forEach(m -> methods.add(m.asText()));
            return new AccessKey(nonce, new AccessKey.FunctionCallPermission(allowance,
                    AccountId.of(f.get("receiver_id").asText()), methods));
        }
        return new AccessKey(nonce, new AccessKey.FullAccess());
    }
}

package io.jnear.server.home;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jnear.runtime.Sandbox;
import io.jnear.runtime.state.AccountState;
import io.jnear.runtime.state.StorageKey;
import io.jnear.sdk.AccessKey;
import io.jnear.sdk.Base58;
import io.jnear.sdk.PublicKey;
import io.jnear.server.node.Node;
import io.jnear.server.rpc.KeyViews;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The chain's state in a file: the head height, its total supply, and nearcore state records ({@code Account},
 * {@code AccessKey}, {@code Data}, {@code Contract}) in a fixed order, the same records
 * {@code sandbox_patch_state} takes, which is how they are loaded back. Code that did not arrive as
 * Wasm (a Java contract deployed in-process) cannot be written and is left out.
 */
public final class StateFile {
    public static final String NAME = "state.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private StateFile() {
    }

    public static void save(Node node, Path file) throws IOException {
        ObjectNode root = node.read(StateFile::snapshot);
        root.put("total_supply", node.supplyAtHead().toString());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(tmp, MAPPER.writeValueAsBytes(root));
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * The saved head height and records, for the caller to fast-forward to and patch in, and the total
     * supply then (null in a file saved before it was kept).
     */
    public record Saved(long height, JsonNode records, BigInteger totalSupply) {
    }

    public static Saved read(Path file) throws IOException {
        JsonNode root = MAPPER.readTree(file.toFile());
        if (!root.path("records").isArray() || !root.path("height").canConvertToLong()) {
            throw new IOException(file + " is not a jnear state file (it needs `height` and `records`)");
        }
        JsonNode supply = root.get("total_supply");
        if (supply != null && !(supply.isTextual() && supply.asText().matches("[0-9]{1,40}"))) {
            throw new IOException(file + " has a `total_supply` that is not a yocto amount: " + supply);
        }
        return new Saved(root.get("height").asLong(), root.get("records"),
                supply == null ? null : new BigInteger(supply.asText()));
    }

    private static ObjectNode snapshot(Sandbox sandbox) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("height", sandbox.blockHeight());
        ArrayNode records = root.putArray("records");
        List<AccountState> accounts = new ArrayList<>(sandbox.chain().state().accounts());
        accounts.sort((a, b) -> a.id().compareTo(b.id()));
        Base64.Encoder b64 = Base64.getEncoder();
        for (AccountState a : accounts) {
            ObjectNode account = records.addObject().putObject("Account");
            account.put("account_id", a.id().toString());
            ObjectNode view = account.putObject("account");
            view.put("amount", a.amount().toString());
            view.put("locked", a.locked().toString());
            view.put("code_hash", a.code() == null ? "11111111111111111111111111111111" : Base58.encode(a.code().hash()));
            byte[] wasm = a.code() == null || !a.code().isWasm() ? null : a.code().bytes();
            if (wasm != null) {
                records.addObject().putObject("Contract").put("account_id", a.id().toString())
                        .put("code", b64.encodeToString(wasm));
            }
            List<Map.Entry<PublicKey, AccessKey>> keys = new ArrayList<>(a.keys().entrySet());
            keys.sort((x, y) -> Arrays.compareUnsigned(x.getKey().bytes(), y.getKey().bytes()));
            for (Map.Entry<PublicKey, AccessKey> k : keys) {
                ObjectNode key = records.addObject().putObject("AccessKey");
                key.put("account_id", a.id().toString());
                key.put("public_key", k.getKey().toString());
                key.set("access_key", KeyViews.accessKey(k.getValue()));
            }
            for (Map.Entry<StorageKey, byte[]> e : a.dataSorted().entrySet()) {
                records.addObject().putObject("Data").put("account_id", a.id().toString())
                        .put("data_key", b64.encodeToString(e.getKey().bytes()))
                        .put("value", b64.encodeToString(e.getValue()));
            }
            // storage usage last: the records above add to it as they are patched in
            view.put("storage_usage", a.storageUsage());
        }
        return root;
    }
}

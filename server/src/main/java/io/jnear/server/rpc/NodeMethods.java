package io.jnear.server.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jnear.runtime.SandboxConfig;
import io.jnear.sdk.PublicKey;
import io.jnear.server.node.BlockHashes;
import io.jnear.server.node.Node;
import java.util.Map;

/**
 * {@code status}, {@code health}, {@code network_info}, {@code EXPERIMENTAL_protocol_config} and
 * {@code EXPERIMENTAL_genesis_config}: what a client asks a node about itself.
 */
final class NodeMethods {
    static final int PROTOCOL_VERSION = 86;
    private static final int BLOCK_PRODUCER_SEATS = 50;
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Node node;
    private final BlockMethods blocks;
    private final PublicKey validatorKey;
    private final String rpcAddress;

    NodeMethods(Node node, BlockMethods blocks, PublicKey validatorKey, String rpcAddress) {
        this.node = node;
        this.blocks = blocks;
        this.validatorKey = validatorKey;
        this.rpcAddress = rpcAddress;
    }

    void register(Map<String, RpcMethod> methods) {
        methods.put("status", p -> status());
        methods.put("health", p -> JSON.nullNode());
        methods.put("network_info", p -> networkInfo());
        methods.put("validators", p -> validators());
        methods.put("EXPERIMENTAL_protocol_config", this::protocolConfig);
        methods.put("EXPERIMENTAL_genesis_config", p -> genesisConfig());
    }

    private JsonNode status() {
        long head = node.read(s -> s.blockHeight());
        SandboxConfig config = node.read(s -> s.config());
        ObjectNode status = JSON.objectNode();
        status.putObject("version").put("version", "jnear-sandbox").put("build", "jnear")
                .put("rustc_version", "");
        status.put("chain_id", node.chainId());
        status.put("protocol_version", PROTOCOL_VERSION);
        status.put("latest_protocol_version", PROTOCOL_VERSION);
        status.put("rpc_addr", rpcAddress);
        status.putArray("validators").addObject().put("account_id", config.rootAccount().toString());
        ObjectNode sync = status.putObject("sync_info");
        sync.put("latest_block_hash", node.blockHash(head).toString());
        sync.put("latest_block_height", head);
        sync.put("latest_state_root", "11111111111111111111111111111111");
        sync.put("latest_block_time", blocks.isoTime(head));
        sync.put("syncing", false);
        long earliest = node.firstBlock();
        sync.put("earliest_block_hash", node.blockHash(earliest).toString());
        sync.put("earliest_block_height", earliest);
        sync.put("earliest_block_time", blocks.isoTime(earliest));
        sync.put("epoch_id", "11111111111111111111111111111111");
        sync.put("epoch_start_height", head - head % config.epochLength());
        status.put("validator_account_id", config.rootAccount().toString());
        status.put("validator_public_key", validatorKey.toString());
        status.put("node_public_key", validatorKey.toString());
        status.putNull("node_key");
        status.put("uptime_sec", 0);
        status.put("genesis_hash", node.blockHash(0).toString());
        return status;
    }

    /** One validator, the root, with no stake: the sandbox has no consensus. */
    private JsonNode validators() {
        SandboxConfig config = node.read(s -> s.config());
        long head = node.read(s -> s.blockHeight());
        ObjectNode result = JSON.objectNode();
        ObjectNode validator = result.putArray("current_validators").addObject();
        validator.put("account_id", config.rootAccount().toString());
        validator.put("public_key", validatorKey.toString());
        validator.put("is_slashed", false);
        validator.put("stake", "0");
        validator.putArray("shards").add(0);
        validator.put("num_produced_blocks", head);
        validator.put("num_expected_blocks", head);
        validator.put("num_produced_chunks", head);
        validator.put("num_expected_chunks", head);
        result.putArray("next_validators");
        result.putArray("current_fishermen");
        result.putArray("next_fishermen");
        result.putArray("current_proposals");
        result.putArray("prev_epoch_kickout");
        result.put("epoch_start_height", head - head % config.epochLength());
        result.put("epoch_height", 1 + head / config.epochLength());
        return result;
    }

    private JsonNode networkInfo() {
        ObjectNode info = JSON.objectNode();
        info.putArray("active_peers");
        info.put("num_active_peers", 0);
        info.put("peer_max_count", 0);
        info.put("sent_bytes_per_sec", 0);
        info.put("received_bytes_per_sec", 0);
        info.putArray("known_producers");
        return info;
    }

    private JsonNode protocolConfig(Params params) {
        blocks.resolve(params);
        ObjectNode config = genesisConfig();
        SandboxConfig c = node.read(s -> s.config());
        ObjectNode runtime = config.putObject("runtime_config");
        runtime.put("storage_amount_per_byte", c.protocol().storageAmountPerByte().toString());
        ObjectNode wasm = runtime.putObject("wasm_config");
        ObjectNode limits = wasm.putObject("limit_config");
        limits.put("max_gas_burnt", c.maxGasBurnt());
        limits.put("max_total_prepaid_gas", c.maxGasBurnt());
        limits.put("max_actions_per_receipt", 100);
        limits.put("max_number_logs", 100);
        limits.put("max_total_log_length", 16_384);
        limits.put("max_arguments_length", 4_194_304);
        limits.put("max_contract_size", 4_194_304);
        limits.put("max_transaction_size", 1_572_864);
        limits.put("max_length_storage_key", 2_048);
        limits.put("max_length_storage_value", 4_194_304);
        limits.put("max_length_method_name", 256);
        limits.put("max_length_returned_data", 4_194_304);
        limits.put("initial_memory_pages", 1_024);
        limits.put("max_memory_pages", 2_048);
        ObjectNode account = runtime.putObject("account_creation_config");
        account.put("min_allowed_top_level_account_length", 65);
        account.put("registrar_account_id", c.rootAccount().toString());
        return config;
    }

    private ObjectNode genesisConfig() {
        SandboxConfig c = node.read(s -> s.config());
        ObjectNode g = JSON.objectNode();
        g.put("protocol_version", PROTOCOL_VERSION);
        g.put("genesis_time", blocks.isoTime(0));
        g.put("chain_id", node.chainId());
        g.put("genesis_height", 0);
        // neard's defaults for a local network: one shard, 50 producer seats, no hidden seats
        g.put("num_block_producer_seats", BLOCK_PRODUCER_SEATS);
        g.putArray("num_block_producer_seats_per_shard").add(BLOCK_PRODUCER_SEATS);
        g.putArray("avg_hidden_validator_seats_per_shard").add(0);
        g.put("dynamic_resharding", false);
        g.set("minimum_stake_ratio", JSON.arrayNode().add(1).add(6250));
        g.set("protocol_upgrade_stake_threshold", JSON.arrayNode().add(4).add(5));
        g.set("block_producer_kickout_threshold", JSON.numberNode(90));
        g.set("chunk_producer_kickout_threshold", JSON.numberNode(90));
        g.set("online_min_threshold", JSON.arrayNode().add(9).add(10));
        g.set("online_max_threshold", JSON.arrayNode().add(99).add(100));
        g.set("protocol_reward_rate", JSON.arrayNode().add(0).add(1));
        g.set("max_inflation_rate", JSON.arrayNode().add(0).add(1));
        g.put("protocol_treasury_account", c.rootAccount().toString());
        g.put("fishermen_threshold", "0");
        g.put("minimum_validators_per_shard", 1);
        g.put("epoch_length", c.epochLength());
        g.put("gas_limit", 1_000_000_000_000_000L);
        g.put("min_gas_price", Long.toString(c.gasPrice()));
        g.put("max_gas_price", Long.toString(c.gasPrice()));
        g.set("gas_price_adjustment_rate", JSON.arrayNode().add(0).add(1));
        g.put("transaction_validity_period", BlockHashes.VALIDITY_PERIOD);
        g.put("total_supply", c.genesisSupply().toYoctoString());
        g.putArray("validators").addObject().put("account_id", c.rootAccount().toString())
                .put("public_key", validatorKey.toString()).put("amount", "0");
        return g;
    }
}

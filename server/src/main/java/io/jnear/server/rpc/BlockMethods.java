package io.jnear.server.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jnear.runtime.state.CryptoHash;
import io.jnear.server.node.BlockContents;
import io.jnear.server.node.Node;
import java.time.Instant;
import java.util.Map;

/**
 * {@code block}, {@code chunk} and {@code gas_price}, and how every method resolves a block reference
 * ({@code finality}, or {@code block_id} as a height or a hash). The sandbox has one shard and one chunk
 * per block; every finality names the head, since a single producer's blocks are final at once.
 */
final class BlockMethods {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String ZERO_HASH = "11111111111111111111111111111111";

    private final Node node;
    private final String author;

    BlockMethods(Node node, String author) {
        this.node = node;
        this.author = author;
    }

    void register(Map<String, RpcMethod> methods) {
        methods.put("block", this::block);
        methods.put("chunk", this::chunk);
        methods.put("gas_price", this::gasPrice);
    }

    /**
     * The height a {@code block} or {@code chunk} request refers to: the head for any finality, else the
     * block id, which must exist ({@code UNKNOWN_BLOCK} as nearcore's block lookup reports it otherwise).
     */
    long resolve(Params params) {
        long head = node.read(s -> s.blockHeight());
        JsonNode blockId = params.get("block_id", 0);
        if (blockId == null) {
            return head;
        }
        long height = height(blockId, head);
        if (height < 0 || height < node.firstBlock()) {
            String what = blockId.isIntegralNumber() ? "BLOCK HEIGHT: " + blockId.asLong() : "BLOCK: " + blockId.asText();
            throw RpcException.handler("UNKNOWN_BLOCK", JSON.objectNode(),
                    "DB Not Found Error: " + what + " \n Cause: Unknown");
        }
        return height;
    }

    /**
     * The height a {@code query} refers to, with the errors of nearcore's query: {@code UNKNOWN_BLOCK} naming
     * the block reference for a block that never was.
     */
    long resolveForQuery(Params params) {
        long head = node.read(s -> s.blockHeight());
        JsonNode blockId = params.get("block_id", 0);
        if (blockId == null) {
            return head;
        }
        long height = height(blockId, head);
        if (height < 0) {
            ObjectNode info = JSON.objectNode();
            info.putObject("block_reference").set("block_id", blockId);
            String reference = blockId.isIntegralNumber() ? "Height(" + blockId.asLong() + ")" : "Hash(" + blockId.asText() + ")";
            throw RpcException.handler("UNKNOWN_BLOCK", info,
                    "Block either has never been observed on the node or has been garbage collected: BlockId("
                            + reference + ")");
        }
        return height;
    }

    /** The height of a block id (a height, or a hash in base58) up to {@code head}, or -1 if there is none. */
    private long height(JsonNode blockId, long head) {
        if (blockId.isIntegralNumber() && blockId.canConvertToLong()) {
            long height = blockId.asLong();
            return height < 0 || height > head ? -1 : height;
        }
        if (!blockId.isTextual()) {
            throw RpcException.parse("Failed parsing args: `block_id` must be a block height or a block hash");
        }
        String hash = blockId.asText();
        return node.read(s -> node.hashes().recentHeight(hash, s.blockHeight()));
    }

    private JsonNode block(Params params) {
        long height = resolve(params);
        ObjectNode block = JSON.objectNode();
        block.put("author", author);
        block.set("header", header(height));
        block.putArray("chunks").add(chunkHeader(height));
        return block;
    }

    /**
     * The chunk of a block: the transactions it included and the receipts that arrived in it, as nearcore
     * lists a chunk's transactions and incoming receipts.
     */

    private JsonNode chunk(Params given) {
        Params params = chunkReference(given);
        JsonNode chunkId = params.get("chunk_id", 0);
        long height;
        if (chunkId != null) {
            height = chunkHeight(chunkId.asText());
        } else {
            height = resolve(params);
            JsonNode shard = params.get("shard_id", 1);
            if (shard != null && shard.asLong(-1) != 0) {
                throw RpcException.handler("INVALID_SHARD_ID", JSON.objectNode().set("shard_id", shard),
                        "Shard id " + shard.asText() + " does not exist");
            }
        }
        BlockContents contents = node.contents(height);
        ObjectNode chunk = JSON.objectNode();
        chunk.put("author", author);
        chunk.set("header", chunkHeader(height));
        ArrayNode transactions = chunk.putArray("transactions");
        for (Node.Submitted s : contents.transactions()) {
            transactions.add(TransactionViews.signed(s.transaction(), s.trace().actions()));
        }
        ArrayNode receipts = chunk.putArray("receipts");
        contents.incomingReceipts().forEach(r -> receipts.add(ReceiptViews.of(r)));
        return chunk;
    }

    /**
     * {@code {"chunk_id"}} or {@code {"block_id","shard_id"}}, also from nearcore's legacy arrays
     * {@code [chunk_hash]} and {@code [[block_id, shard_id]]} (what near-api-js sends).
     */
    private static Params chunkReference(Params params) {
        if (!params.isArray()) {
            return params;
        }
        JsonNode first = params.node().path(0);
        ObjectNode reference = JSON.objectNode();
        if (first.isArray()) {
            reference.set("block_id", first.get(0));
            reference.set("shard_id", first.get(1));
        } else {
            reference.set("chunk_id", first);
        }
        return new Params(reference);
    }

    private long chunkHeight(String chunkHash) {
        long head = node.read(s -> s.blockHeight());
        for (long h = head; h >= Math.max(node.firstBlock(), head - 86_400); h--) {
            if (chunkHash(h).toString().equals(chunkHash)) {
                return h;
            }
        }
        ObjectNode info = JSON.objectNode().put("chunk_hash", chunkHash);
        throw RpcException.handler("UNKNOWN_CHUNK", info,
                "Chunk Missing (unavailable on the node): ChunkHash(`" + chunkHash + "`) \n Cause: Unknown");
    }

    private JsonNode gasPrice(Params params) {
        resolve(params);
        return JSON.objectNode().put("gas_price", Long.toString(node.read(s -> s.config().gasPrice())));
    }

    private CryptoHash chunkHash(long height) {
        return CryptoHash.derive(node.blockHash(height), "chunk", 0);
    }

    /** A block header view for {@code height}. */
    ObjectNode header(long height) {
        long timestamp = timestampAt(height);
        ObjectNode h = JSON.objectNode();
        h.put("height", height);
        h.put("prev_height", Math.max(0, height - 1));
        h.put("epoch_id", ZERO_HASH);
        h.put("next_epoch_id", ZERO_HASH);
        h.put("hash", node.blockHash(height).toString());
        h.put("prev_hash", height == 0 ? ZERO_HASH : node.blockHash(height - 1).toString());
        h.put("prev_state_root", ZERO_HASH);
        h.put("chunk_receipts_root", ZERO_HASH);
        h.put("chunk_headers_root", ZERO_HASH);
        h.put("chunk_tx_root", ZERO_HASH);
        h.put("outcome_root", ZERO_HASH);
        h.put("chunks_included", 1);
        h.put("challenges_root", ZERO_HASH);
        h.put("timestamp", timestamp);
        h.put("timestamp_nanosec", Long.toString(timestamp));
        h.put("random_value", ZERO_HASH);
        h.putArray("validator_proposals");
        h.putArray("chunk_mask").add(true);
        h.put("gas_price", Long.toString(node.read(s -> s.config().gasPrice())));
        h.put("block_ordinal", height + 1);
        h.put("rent_paid", "0");
        h.put("validator_reward", "0");
        h.put("total_supply", node.totalSupply(height).toString());
        h.putArray("challenges_result");
        h.put("last_final_block", node.blockHash(height).toString());
        h.put("last_ds_final_block", node.blockHash(height).toString());
        h.put("next_bp_hash", ZERO_HASH);
        h.put("block_merkle_root", ZERO_HASH);
        h.putNull("epoch_sync_data_hash");
        h.putArray("approvals");
        h.put("signature", "ed25519:1111111111111111111111111111111111111111111111111111111111111111");
        h.put("latest_protocol_version", NodeMethods.PROTOCOL_VERSION);
        return h;
    }

    /**
     * The chunk header of block {@code height}. As in nearcore, its {@code gas_used} and {@code balance_burnt}
     * are those of the previous chunk's transactions and receipts, whose results this chunk carries.
     */
    private ObjectNode chunkHeader(long height) {
        BlockContents previous = height == 0 ? BlockContents.empty(0) : node.contents(height - 1);
        ObjectNode c = JSON.objectNode();
        c.put("chunk_hash", chunkHash(height).toString());
        c.put("prev_block_hash", height == 0 ? ZERO_HASH : node.blockHash(height - 1).toString());
        c.put("outcome_root", ZERO_HASH);
        c.put("prev_state_root", ZERO_HASH);
        c.put("encoded_merkle_root", ZERO_HASH);
        c.put("encoded_length", 0);
        c.put("height_created", height);
        c.put("height_included", height);
        c.put("shard_id", 0);
        c.put("gas_used", previous.gasBurnt());
        c.put("gas_limit", 1_000_000_000_000_000L);
        c.put("rent_paid", "0");
        c.put("validator_reward", "0");
        c.put("balance_burnt", previous.tokensBurnt().toString());
        c.put("outgoing_receipts_root", ZERO_HASH);
        c.put("tx_root", ZERO_HASH);
        c.putArray("validator_proposals");
        c.put("signature", "ed25519:1111111111111111111111111111111111111111111111111111111111111111");
        return c;
    }

    /** Block timestamps follow from the height: genesis time plus one block time per block. */
    long timestampAt(long height) {
        return node.read(s -> s.config().genesisTimestampNanos() + height * s.config().blockTimeNanos());
    }

    String isoTime(long height) {
        long nanos = timestampAt(height);
        return Instant.ofEpochSecond(0, nanos).toString();
    }
}

package io.jnear.server.rpc;

import com.fasterxml.jackson.databind.JsonNode;

/** One JSON-RPC method: its parameters in, its {@code result} out, or an {@link RpcException}. */
@FunctionalInterface
interface RpcMethod {
    JsonNode call(Params params);
}

package io.jnear.server.rpc;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One JSON-RPC method: its parameters in, its {@code result} out (a {@link JsonNode}, or maps and lists the
 * handler writes as they are, without building a tree of them first), or an {@link RpcException}.
 */
@FunctionalInterface
interface RpcMethod {
    Object call(Params params);
}

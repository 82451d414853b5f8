package io.jnear.server.rpc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.jnear.runtime.json.Json;
import io.jnear.sdk.PublicKey;
import io.jnear.server.node.Node;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON-RPC 2.0 endpoint: one POST per request, {@code {"jsonrpc","id","method","params"}} in,
 * {@code {"jsonrpc","id","result"}} or {@code {"jsonrpc","id","error"}} out, with HTTP 200 either way as
 * nearcore answers. Bodies over nearcore's 10 MiB payload limit are refused.
 */
public final class JsonRpcHandler implements HttpHandler {
    /** nearcore's {@code json_payload_max_size}. */
    static final int MAX_PAYLOAD = 10 * 1024 * 1024;
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    // The runtime's mapper: results may hold its values (outcomes as maps), which it knows how to write.
    private static final ObjectMapper MAPPER = Json.mapper();

    private final Map<String, RpcMethod> methods = new HashMap<>();

    public JsonRpcHandler(Node node, PublicKey validatorKey, String rpcAddress, String author) {
        BlockMethods blocks = new BlockMethods(node, author);
        blocks.register(methods);
        new NodeMethods(node, blocks, validatorKey, rpcAddress).register(methods);
        new QueryMethods(node, blocks).register(methods);
        new TransactionMethods(node).register(methods);
        new SandboxMethods(node).register(methods);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getResponseHeaders().add("Access-Control-Allow-Origin", "*");
            if (exchange.getRequestMethod().equals("OPTIONS")) {
                exchange.getResponseHeaders().add("Access-Control-Allow-Headers", "Content-Type");
                exchange.getResponseHeaders().add("Access-Control-Allow-Methods", "POST, GET, OPTIONS");
                exchange.sendResponseHeaders(204, -1);
                return;
            }
            byte[] body = readBody(exchange.getRequestBody());
            byte[] response;
            if (exchange.getRequestMethod().equals("GET") && exchange.getRequestURI().getPath().equals("/status")) {
                response = MAPPER.writeValueAsBytes(methods.get("status").call(new Params(null)));
            } else if (exchange.getRequestMethod().equals("GET") && exchange.getRequestURI().getPath().equals("/health")) {
                response = new byte[0];
            } else {
                response = body == null
                        ? envelope(JSON.nullNode(), null, RpcException.parse("JSON RPC Request is too large"))
                        : answer(body);
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, response.length == 0 ? -1 : response.length);
            if (response.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(response);
                }
            }
        }
    }

    /** Answers one request body with the response as a tree, for callers in the same JVM; never throws. */
    public JsonNode respond(byte[] body) {
        try {
            return MAPPER.readTree(answer(body));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read back an answer this handler wrote", e);
        }
    }

    /** Answers one request body with the response's bytes, as HTTP sends them; never throws. */
    public byte[] answer(byte[] body) {
        JsonNode request;
        try {
            request = MAPPER.readTree(body);
        } catch (IOException e) {
            return envelope(JSON.nullNode(), null, RpcException.parse("JSON RPC Request format was expected"));
        }
        if (request == null || !request.isObject() || !request.path("method").isTextual()) {
            return envelope(JSON.nullNode(), null, RpcException.parse("JSON RPC Request format was expected"));
        }
        JsonNode id = request.has("id") ? request.get("id") : JSON.nullNode();
        String name = request.get("method").asText();
        RpcMethod method = methods.get(name);
        if (method == null) {
            return envelope(id, null, RpcException.methodNotFound(name));
        }
        try {
            return envelope(id, method.call(new Params(request.get("params"))), null);
        } catch (RpcException e) {
            return envelope(id, null, e);
        } catch (RuntimeException e) {
            return envelope(id, null, RpcException.internal(String.valueOf(e.getMessage())));
        }
    }

    /** The response, written in one pass: {@code result} goes out as the method made it. */
    private static byte[] envelope(JsonNode id, Object result, RpcException error) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("jsonrpc", "2.0");
        if (error != null) {
            out.put("error", error.toJson());
        } else {
            out.put("result", result);
        }
        out.put("id", id);
        try {
            return MAPPER.writeValueAsBytes(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an answer: " + e.getMessage(), e);
        }
    }

    private static byte[] readBody(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_PAYLOAD + 1);
        return body.length > MAX_PAYLOAD ? null : body;
    }
}

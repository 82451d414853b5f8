package io.jnear.server.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A JSON-RPC error in nearcore's shape: {@code name} is the error class ({@code REQUEST_VALIDATION_ERROR},
 * {@code HANDLER_ERROR}, {@code INTERNAL_ERROR}), {@code cause} the specific error with its {@code info},
 * {@code code} and {@code message} the JSON-RPC 2.0 pair, and {@code data} the legacy description older
 * clients read.
 */
public final class RpcException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final String name;
    private final String causeName;
    private final transient JsonNode info;
    private final int code;
    private final String rpcMessage;
    private final transient JsonNode data;

    private RpcException(String name, String causeName, JsonNode info, int code, String rpcMessage, JsonNode data) {
        super(causeName + ": " + data);
        this.name = name;
        this.causeName = causeName;
        this.info = info;
        this.code = code;
        this.rpcMessage = rpcMessage;
        this.data = data;
    }

    /** A problem with what the method was asked to do: unknown account, block, transaction, … */
    public static RpcException handler(String causeName, JsonNode info, JsonNode data) {
        return new RpcException("HANDLER_ERROR", causeName, info, -32000, "Server error", data);
    }

    public static RpcException handler(String causeName, JsonNode info, String data) {
        return handler(causeName, info, JSON.textNode(data));
    }

    public static RpcException parse(String detail) {
        ObjectNode info = JSON.objectNode().put("error_message", detail);
        return new RpcException("REQUEST_VALIDATION_ERROR", "PARSE_ERROR", info, -32700, "Parse error",
                JSON.textNode(detail));
    }

    public static RpcException methodNotFound(String method) {
        ObjectNode info = JSON.objectNode().put("method_name", method);
        return new RpcException("REQUEST_VALIDATION_ERROR", "METHOD_NOT_FOUND", info, -32601, "Method not found",
                JSON.textNode(method));
    }

    public static RpcException internal(String detail) {
        ObjectNode info = JSON.objectNode().put("error_message", detail);
        return new RpcException("INTERNAL_ERROR", "INTERNAL_ERROR", info, -32000, "Server error",
                JSON.textNode(detail));
    }

    /** The transaction was refused before it entered a block; {@code invalidTxError} is nearcore's variant JSON. */
    public static RpcException invalidTransaction(JsonNode invalidTxError) {
        ObjectNode data = JSON.objectNode();
        data.putObject("TxExecutionError").set("InvalidTxError", invalidTxError);
        return handler("INVALID_TRANSACTION", invalidTxError, data);
    }

    public String causeName() {
        return causeName;
    }

    /** The {@code error} member of the JSON-RPC response. */
    public ObjectNode toJson() {
        ObjectNode error = JSON.objectNode();
        error.put("name", name);
        ObjectNode cause = error.putObject("cause");
        cause.put("name", causeName);
        if (info != null) {
            cause.set("info", info);
        }
        error.put("code", code);
        error.put("message", rpcMessage);
        error.set("data", data);
        return error;
    }
}

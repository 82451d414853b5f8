package io.jnear.server.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import io.jnear.sdk.AccountId;
import java.util.Base64;

/** Reading a method's parameters: by name from an object, or by position from nearcore's legacy arrays. */
final class Params {
    private final JsonNode node;

    Params(JsonNode node) {
        this.node = node == null || node.isNull() ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : node;
    }

    JsonNode node() {
        return node;
    }

    boolean isArray() {
        return node.isArray();
    }

    /** The named member, or in a legacy array the element at {@code position}; null if absent. */
    JsonNode get(String name, int position) {
        JsonNode value = node.isArray() ? node.get(position) : node.get(name);
        return value == null || value.isNull() ? null : value;
    }

    String text(String name, int position) {
        JsonNode value = get(name, position);
        if (value == null) {
            throw RpcException.parse("Failed parsing args: missing field `" + name + "`");
        }
        if (!value.isTextual()) {
            throw RpcException.parse("Failed parsing args: `" + name + "` must be a string");
        }
        return value.asText();
    }

    String optionalText(String name, int position) {
        JsonNode value = get(name, position);
        return value == null ? null : value.asText();
    }

    AccountId accountId(String name, int position) {
        String id = text(name, position);
        try {
            return AccountId.of(id);
        } catch (IllegalArgumentException e) {
            throw RpcException.parse("Failed parsing args: invalid account id `" + id + "`: " + e.getMessage());
        }
    }

    byte[] base64(String name, int position) {
        String text = text(name, position);
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw RpcException.parse("Failed parsing args: `" + name + "` is not base64: " + e.getMessage());
        }
    }
}

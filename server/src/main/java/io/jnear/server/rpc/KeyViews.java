package io.jnear.server.rpc;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jnear.sdk.AccessKey;

/** nearcore's {@code AccessKeyView}: the nonce and {@code "FullAccess"} or a {@code FunctionCall} permission. */
public final class KeyViews {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private KeyViews() {
    }

    public static ObjectNode accessKey(AccessKey key) {
        ObjectNode view = JSON.objectNode();
        view.put("nonce", key.nonce());
        if (key.permission() instanceof AccessKey.FunctionCallPermission p) {
            ObjectNode call = view.putObject("permission").putObject("FunctionCall");
            if (p.allowance() == null) {
                call.putNull("allowance");
            } else {
                call.put("allowance", p.allowance().toYoctoString());
            }
            call.put("receiver_id", p.receiverId().toString());
            ArrayNode methods = call.putArray("method_names");
            p.methodNames().forEach(methods::add);
        } else {
            view.put("permission", "FullAccess");
        }
        return view;
    }
}

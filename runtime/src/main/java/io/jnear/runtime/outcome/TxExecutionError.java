package io.jnear.runtime.outcome;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;

/** Why a transaction or receipt failed: an action failed, or the transaction was invalid. */
public sealed interface TxExecutionError {
    String message();

    @JsonValue
    Object json();

    /** Action {@code index} of a receipt failed (the index is null when no single action is to blame). */
    record ActionError(Integer index, ActionErrorKind kind) implements TxExecutionError {
        @Override
        public String message() {
            return kind.message();
        }

        @Override
        public Object json() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("index", index);
            body.put("kind", kind.json());
            return Map.of("ActionError", body);
        }
    }

    record InvalidTx(InvalidTxError error) implements TxExecutionError {
        @Override
        public String message() {
            return error.message();
        }

        @Override
        public Object json() {
            return Map.of("InvalidTxError", error.json());
        }
    }
}

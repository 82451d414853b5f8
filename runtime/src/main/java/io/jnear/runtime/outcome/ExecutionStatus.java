package io.jnear.runtime.outcome;

import com.fasterxml.jackson.annotation.JsonValue;
import io.jnear.runtime.state.CryptoHash;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** How a transaction or receipt ended: a value, a promise it handed its result to, or a failure. */
public sealed interface ExecutionStatus {

    @JsonValue
    Object json();

    /** Success with the returned bytes (empty when the method returned nothing). */
    record SuccessValue(byte[] value) implements ExecutionStatus {
        public String text() {
            return new String(value, StandardCharsets.UTF_8);
        }

        @Override
        public Object json() {
            return Map.of("SuccessValue", Base64.getEncoder().encodeToString(value));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof SuccessValue s && java.util.Arrays.equals(value, s.value);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(value);
        }

        @Override
        public String toString() {
            return "SuccessValue(" + text() + ")";
        }
    }

    /** Success whose result is that of the receipt {@code receiptId} (a returned promise). */
    record SuccessReceiptId(CryptoHash receiptId) implements ExecutionStatus {
        @Override
        public Object json() {
            return Map.of("SuccessReceiptId", receiptId.toString());
        }
    }

    record Failure(TxExecutionError error) implements ExecutionStatus {
        @Override
        public Object json() {
            return Map.of("Failure", error.json());
        }
    }
}

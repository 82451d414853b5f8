package io.jnear.runtime.outcome;

import com.fasterxml.jackson.annotation.JsonValue;
import io.jnear.runtime.state.CryptoHash;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * How a transaction or receipt ended: a value, a promise it handed its result to, or a failure; a
 * transaction's final status may also be {@code NotStarted} or {@code Started} while it runs.
 */
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

    /** A transaction not yet included in a block (a final status only). */
    record NotStarted() implements ExecutionStatus {
        @Override
        public Object json() {
            return "NotStarted";
        }
    }

    /** A transaction included whose result has not been reached yet (a final status only). */
    record Started() implements ExecutionStatus {
        @Override
        public Object json() {
            return "Started";
        }
    }

    record Failure(TxExecutionError error) implements ExecutionStatus {
        @Override
        public Object json() {
            return Map.of("Failure", error.json());
        }
    }
}

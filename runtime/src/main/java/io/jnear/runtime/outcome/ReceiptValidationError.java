package io.jnear.runtime.outcome;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Map;

/** Why a receipt a contract created is invalid, with nearcore's names and texts ({@code ReceiptValidationError}). */
public sealed interface ReceiptValidationError {
    String message();

    @JsonValue
    default Object json() {
        return ErrorJson.variant((Record) this);
    }

    record ActionsValidation(ActionsValidationError error) implements ReceiptValidationError {
        @Override
        public String message() {
            return error.message();
        }

        @Override
        public Object json() {
            return Map.of("ActionsValidation", error.json());
        }
    }

    record NumberInputDataDependenciesExceeded(long numberOfInputDataDependencies, long limit)
            implements ReceiptValidationError {
        @Override
        public String message() {
            return "The number of input data dependencies " + numberOfInputDataDependencies
                    + " exceeded the limit " + limit + " in an ActionReceipt";
        }
    }

    record ReceiptSizeExceeded(long size, long limit) implements ReceiptValidationError {
        @Override
        public String message() {
            return "The size of the receipt exceeded the limit: " + size + " > " + limit;
        }
    }
}

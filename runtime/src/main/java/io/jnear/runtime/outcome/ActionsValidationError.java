package io.jnear.runtime.outcome;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Why a transaction's or a new receipt's actions are invalid, with nearcore's variant names, fields and
 * texts ({@code ActionsValidationError}). Variants without fields serialize as their name.
 */
public sealed interface ActionsValidationError {
    String message();

    @JsonValue
    default Object json() {
        Record r = (Record) this;
        return r.getClass().getRecordComponents().length == 0 ? r.getClass().getSimpleName() : ErrorJson.variant(r);
    }

    record DeleteActionMustBeFinal() implements ActionsValidationError {
        @Override
        public String message() {
            return "The delete action must be the last action in transaction";
        }
    }

    record TotalPrepaidGasExceeded(long totalPrepaidGas, long limit) implements ActionsValidationError {
        @Override
        public String message() {
            return "The total prepaid gas " + totalPrepaidGas + " exceeds the limit " + limit;
        }
    }

    record TotalNumberOfActionsExceeded(long totalNumberOfActions, long limit) implements ActionsValidationError {
        @Override
        public String message() {
            return "The total number of actions " + totalNumberOfActions + " exceeds the limit " + limit;
        }
    }

    record TotalNumberOfDeployActionsExceeded(long numberOfDeployActions, long limit)
            implements ActionsValidationError {
        @Override
        public String message() {
            return "The total number of deploy actions " + numberOfDeployActions + " exceeds the limit " + limit;
        }
    }

    record AddKeyMethodNamesNumberOfBytesExceeded(long totalNumberOfBytes, long limit)
            implements ActionsValidationError {
        @Override
        public String message() {
            return "The total number of bytes in allowed method names " + totalNumberOfBytes
                    + " exceeds the maximum allowed number " + limit + " in a AddKey action";
        }
    }

    record AddKeyMethodNameLengthExceeded(long length, long limit) implements ActionsValidationError {
        @Override
        public String message() {
            return "The length of some method name " + length + " exceeds the maximum allowed length " + limit
                    + " in a AddKey action";
        }
    }

    record IntegerOverflow() implements ActionsValidationError {
        @Override
        public String message() {
            return "Integer overflow during a compute";
        }
    }

    record ContractSizeExceeded(long size, long limit) implements ActionsValidationError {
        @Override
        public String message() {
            return "The length of the contract size " + size + " exceeds the maximum allowed size " + limit
                    + " in a DeployContract action";
        }
    }

    record FunctionCallMethodNameLengthExceeded(long length, long limit) implements ActionsValidationError {
        @Override
        public String message() {
            return "The length of the method name " + length + " exceeds the maximum allowed length " + limit
                    + " in a FunctionCall action";
        }
    }

    record FunctionCallArgumentsLengthExceeded(long length, long limit) implements ActionsValidationError {
        @Override
        public String message() {
            return "The length of the arguments " + length + " exceeds the maximum allowed length " + limit
                    + " in a FunctionCall action";
        }
    }

    record FunctionCallZeroAttachedGas() implements ActionsValidationError {
        @Override
        public String message() {
            return "The attached amount of gas in a FunctionCall action has to be a positive number";
        }
    }

    record FunctionCallEmptyMethodName() implements ActionsValidationError {
        @Override
        public String message() {
            return "The method name of a FunctionCall action must not be empty";
        }
    }
}

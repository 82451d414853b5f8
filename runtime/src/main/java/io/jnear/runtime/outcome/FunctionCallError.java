package io.jnear.runtime.outcome;

import com.fasterxml.jackson.annotation.JsonValue;
import io.jnear.sdk.AccountId;
import java.util.Map;

/**
 * Why a function call failed, as nearcore's RPC views show it: host errors and panics become
 * {@code ExecutionError} with their text; the method or the code may be missing.
 */
public sealed interface FunctionCallError {
    /** The text users read and grep for, such as {@code Smart contract panicked: boom}. */
    String message();

    @JsonValue
    Object json();

    /** The contract ran and failed: a panic, running out of gas, a host error. */
    record ExecutionError(String message) implements FunctionCallError {
        @Override
        public Object json() {
            return Map.of("ExecutionError", message);
        }
    }

    /** The contract exports no such method. */
    record MethodNotFound() implements FunctionCallError {
        @Override
        public String message() {
            return "MethodResolveError(MethodNotFound)";
        }

        @Override
        public Object json() {
            return Map.of("MethodResolveError", "MethodNotFound");
        }
    }

    /** The method name is empty (a transaction may carry one; the call then fails). */
    record MethodEmptyName() implements FunctionCallError {
        @Override
        public String message() {
            return "MethodResolveError(MethodEmptyName)";
        }

        @Override
        public Object json() {
            return Map.of("MethodResolveError", "MethodEmptyName");
        }
    }

    /** The Wasm module exports the method, but it takes parameters or returns results. */
    record MethodInvalidSignature() implements FunctionCallError {
        @Override
        public String message() {
            return "MethodResolveError(MethodInvalidSignature)";
        }

        @Override
        public Object json() {
            return Map.of("MethodResolveError", "MethodInvalidSignature");
        }
    }

    /** The account has no contract. */
    record CodeDoesNotExist(AccountId accountId) implements FunctionCallError {
        @Override
        public String message() {
            return "cannot find contract code for account " + accountId;
        }

        @Override
        public Object json() {
            return Map.of("CompilationError", Map.of("CodeDoesNotExist", Map.of("account_id", accountId.toString())));
        }
    }

    /**
     * nearcore refused the Wasm module when preparing it ({@code CompilationError(PrepareError(kind))}):
     * {@code Deserialization} for a malformed or unsupported module, {@code Memory} for an imported memory,
     * {@code Instantiate} for an import that is not an {@code env} function, and the limits' variants.
     */
    record PrepareError(String kind) implements FunctionCallError {
        @Override
        public String message() {
            return "PrepareError: " + switch (kind) {
                case "Serialization" -> "Error happened while serializing the module.";
                case "Deserialization" -> "Error happened while deserializing the module.";
                case "InternalMemoryDeclared" -> "Internal memory declaration has been found in the module.";
                case "GasInstrumentation" -> "Gas instrumentation failed.";
                case "StackHeightInstrumentation" -> "Stack instrumentation failed.";
                case "Instantiate" -> "Error happened during instantiation.";
                case "Memory" -> "Error creating memory.";
                case "TooManyFunctions" -> "Too many functions in contract.";
                case "TooManyLocals" -> "Too many locals declared in the contract.";
                case "TooManyTables" -> "Too many tables declared in the contract.";
                case "TooManyTableElements" -> "Too many table elements declared in the contract.";
                default -> kind;
            };
        }

        @Override
        public Object json() {
            return Map.of("CompilationError", Map.of("PrepareError", kind));
        }
    }
}

package io.jnear.build;

/** A contract that cannot be built to a module NEAR accepts, with the reason. */
public final class WasmBuildException extends RuntimeException {
    public WasmBuildException(String message) {
        super(message);
    }

    public WasmBuildException(String message, Throwable cause) {
        super(message, cause);
    }
}

package io.jnear.server.tx;

import io.jnear.sdk.Action;

/**
 * One action as it arrived: the runtime's {@link Action}, except that a {@code DeployContract} still
 * holds its Wasm bytes until an engine turns them into runnable code.
 */
public sealed interface SignedAction {

    /** Any action other than a deploy. */
    record Plain(Action action) implements SignedAction {
    }

    record DeployWasm(byte[] code) implements SignedAction {
    }
}

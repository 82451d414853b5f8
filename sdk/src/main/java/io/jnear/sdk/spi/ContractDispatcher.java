package io.jnear.sdk.spi;

/**
 * What the sandbox runs when a deployed contract is called. The annotation processor generates one per
 * {@code @Contract} class ({@code <Name>Dispatcher}); tests may write one by hand.
 *
 * <p>The dispatcher reads its arguments from {@link Host#input()} through {@link io.jnear.sdk.Env},
 * runs the method and sets the result with {@code Env.valueReturn} or {@code Env.promiseReturn}.
 * Throwing fails the call.
 */
public interface ContractDispatcher {
    /** Runs the exported method {@code method}; returns false if the contract has no such method. */
    boolean dispatch(String method);
}

package io.jnear.runtime.exec;

/**
 * How a call marked by {@link Chain#failCallsDueNext(io.jnear.sdk.AccountId, String, InjectedFailure)}
 * fails: the remote failures a contract must survive, each with the outcome NEAR gives it. In every case
 * the receipt fails: its deposit goes back to the predecessor, its callbacks see a failed result.
 */
public enum InjectedFailure {
    /** The contract panics before doing anything: {@value Chain#INJECTED_FAILURE}; only the call's base cost is burnt. */
    PANIC,
    /**
     * The contract runs to its end, then panics ({@value Chain#INJECTED_LATE_FAILURE}): the gas it used is
     * burnt, its logs stay, and its state writes and the receipts it created are discarded.
     */
    PANIC_AFTER_WRITES,
    /**
     * The contract runs to its end and then runs out of its prepaid gas ({@code Exceeded the prepaid gas.}):
     * all the gas it had left is burnt, and its writes and receipts are discarded.
     */
    OUT_OF_GAS,
    /**
     * The receiver account does not exist when the call arrives ({@code Can't complete the action because
     * account … doesn't exist}): no code runs and no function-call gas is burnt.
     */
    MISSING_ACCOUNT
}

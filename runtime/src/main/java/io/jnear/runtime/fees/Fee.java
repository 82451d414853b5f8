package io.jnear.runtime.fees;

/**
 * One row of NEAR's fee table: gas burnt when an action is sent (to the same account or another) and
 * when it executes.
 */
public record Fee(long sendSir, long sendNotSir, long execution) {
    /** A fee that costs {@code gas} in all three columns. */
    public static Fee same(long gas) {
        return new Fee(gas, gas, gas);
    }

    /** The send fee; {@code sir} ("sender is receiver") is true when the receipt goes to its own sender. */
    public long send(boolean sir) {
        return sir ? sendSir : sendNotSir;
    }
}

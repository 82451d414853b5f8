package io.jnear.explorer;

/**
 * An invariant found broken.
 *
 * @param invariant the invariant's name
 * @param message why it does not hold
 * @param blockIndex how many blocks into the schedule it was found (1 = after the first block)
 * @param atRest whether it was found once nothing was in flight, rather than after a block
 */
public record Violation(String invariant, String message, int blockIndex, boolean atRest) {
    @Override
    public String toString() {
        return "'" + invariant + "' broken " + (atRest ? "at rest, after " : "after ") + "block " + blockIndex
                + " of the schedule: " + message;
    }
}

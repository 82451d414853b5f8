package io.jnear.explorer;

/**
 * An actor's step as a schedule takes it: the alternative sent, or {@link #SKIPPED}.
 *
 * @param actor index of the actor in the explorer
 * @param step index of the step in the actor's list
 * @param alternative index of the alternative sent, or {@link #SKIPPED} for an optional step left out
 */
public record Submission(int actor, int step, int alternative) {
    /** The alternative index of an optional step that was not taken. */
    public static final int SKIPPED = -1;

    public boolean skipped() {
        return alternative == SKIPPED;
    }
}

package io.jnear.explorer;

/**
 * An actor's step as a schedule sends it.
 *
 * @param actor index of the actor in the explorer
 * @param step index of the step in the actor's list
 * @param alternative index of the alternative sent
 */
public record Submission(int actor, int step, int alternative) {
}

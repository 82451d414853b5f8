package io.jnear.explorer;

import java.util.List;

/**
 * The next thing an {@link Actor} does: one of its alternatives, or, if optional, nothing.
 *
 * @param label what the step is for
 * @param alternatives the transactions it may send, tried in this order
 * @param optional whether the actor may also skip it
 */
public record Step(String label, List<Alternative> alternatives, boolean optional) {
    public Step {
        alternatives = List.copyOf(alternatives);
        if (alternatives.isEmpty()) {
            throw new IllegalArgumentException("Step '" + label + "' needs at least one transaction");
        }
    }
}

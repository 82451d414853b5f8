package io.jnear.cli;

import io.jnear.runtime.ExecutionResult;

/** Where a scenario reports what happens: a step in words, then the transaction it caused. */
public interface Narrator {
    /** A sentence saying what the next transaction does and why. */
    void step(String sentence);

    /** A finished transaction, printed as a receipt tree (or JSON). */
    void transaction(ExecutionResult<?> result);

    /** A fact the scenario checked, such as a balance or a view call's value. */
    void note(String fact);
}

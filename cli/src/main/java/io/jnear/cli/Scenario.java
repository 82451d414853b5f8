package io.jnear.cli;

import io.jnear.runtime.Sandbox;

/** A demo the CLI can run: a short story of transactions in a fresh sandbox. */
public interface Scenario {
    /** The name users type: {@code ./jnear demo <name>}. */
    String name();

    /** One line saying what the scenario shows. */
    String summary();

    /** Runs the scenario, reporting each step and transaction to {@code narrator}. */
    void run(Sandbox sandbox, Narrator narrator);
}

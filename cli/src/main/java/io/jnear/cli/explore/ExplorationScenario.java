package io.jnear.cli.explore;

import io.jnear.explorer.Exploration;
import io.jnear.explorer.Explorer;
import java.util.List;

/** A named set of schedule explorations over a sample: {@code jnear explore <name>}. */
public interface ExplorationScenario {
    /** One exploration: what it explores, and the configured explorer. */
    record Case(String title, String setup, Explorer explorer) {
        public Exploration run() {
            return explorer.explore();
        }
    }

    /** The name users type. */
    String name();

    /** One line saying what is explored. */
    String summary();

    /** The explorations, each from a fresh sandbox. */
    List<Case> cases();

    /** Every exploration scenario, in the order {@code jnear explore} lists them. */
    static List<ExplorationScenario> all() {
        return List.of(new WindowExploration(), new TokenExploration());
    }
}

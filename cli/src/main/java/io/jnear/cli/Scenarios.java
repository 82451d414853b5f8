package io.jnear.cli;

import io.jnear.cli.scenarios.TransferScenario;
import java.util.List;
import java.util.Optional;

/** Every demo scenario, in the order the listing shows them. */
final class Scenarios {
    private static final List<Scenario> ALL = List.of(
            new TransferScenario());

    private Scenarios() {
    }

    static List<Scenario> all() {
        return ALL;
    }

    static Optional<Scenario> find(String name) {
        return ALL.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    static List<String> names() {
        return ALL.stream().map(Scenario::name).toList();
    }
}

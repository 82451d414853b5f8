package io.jnear.cli;

import io.jnear.cli.scenarios.AccountsScenario;
import io.jnear.cli.scenarios.GreeterScenario;
import io.jnear.cli.scenarios.HelloScenario;
import io.jnear.cli.scenarios.JoinsScenario;
import io.jnear.cli.scenarios.RollbackScenario;
import io.jnear.cli.scenarios.TransferScenario;
import io.jnear.cli.scenarios.WasmScenario;
import io.jnear.cli.scenarios.WindowScenario;
import java.util.List;
import java.util.Optional;

/** Every demo scenario, in the order the listing shows them. */
final class Scenarios {
    private static final List<Scenario> ALL = List.of(
            new TransferScenario(),
            new AccountsScenario(),
            new HelloScenario(),
            new GreeterScenario(),
            new JoinsScenario(),
            new RollbackScenario(),
            new WindowScenario(),
            new WasmScenario());

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

package io.jnear.cli;

import io.jnear.runtime.ExecutionResult;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** Prints the scenario's transactions as a JSON array of NEAR RPC-shaped final outcomes. */
final class JsonNarrator implements Narrator {
    private final PrintStream out;
    private final List<String> outcomes = new ArrayList<>();

    JsonNarrator(PrintStream out) {
        this.out = out;
    }

    @Override
    public void step(String sentence) {
        // words are for people; the JSON carries outcomes only
    }

    @Override
    public void transaction(ExecutionResult<?> result) {
        outcomes.add(result.toJson());
    }

    @Override
    public void note(String fact) {
    }

    void finish() {
        out.println("[" + String.join(",\n", outcomes) + "]");
    }
}

package io.jnear.cli;

import io.jnear.runtime.ExecutionResult;
import io.jnear.runtime.exec.TransactionTrace;
import java.util.ArrayList;
import java.util.List;

/** Passes everything on to another narrator and keeps each transaction's trace, for drawing afterwards. */
final class RecordingNarrator implements Narrator {
    private final Narrator next;
    private final List<TransactionTrace> traces = new ArrayList<>();

    RecordingNarrator(Narrator next) {
        this.next = next;
    }

    @Override
    public void step(String sentence) {
        next.step(sentence);
    }

    @Override
    public void transaction(ExecutionResult<?> result) {
        traces.add(result.trace());
        next.transaction(result);
    }

    @Override
    public void note(String fact) {
        next.note(fact);
    }

    List<TransactionTrace> traces() {
        return List.copyOf(traces);
    }
}

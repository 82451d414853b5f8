package io.jnear.explorer.junit;

import io.jnear.explorer.Counterexample;
import io.jnear.explorer.CounterexampleFound;
import io.jnear.runtime.svg.TraceSvg;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * The extension behind {@link ExploreTest}: saves the counterexample a failing test found as an SVG
 * picture and a replay snippet, and adds where to the failure (as a suppressed note, so the report
 * itself stays the failure's message).
 */
public final class CounterexampleFiles implements TestExecutionExceptionHandler {

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        CounterexampleFound found = find(failure);
        ExploreTest test = context.getRequiredTestMethod().getAnnotation(ExploreTest.class);
        if (found != null && found.counterexample() != null && test != null) {
            Counterexample c = found.counterexample();
            Path dir = Files.createDirectories(Path.of(test.directory()));
            String name = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
            Path svg = dir.resolve(name + ".svg");
            Path replay = dir.resolve(name + ".replay.java");
            Files.writeString(svg, TraceSvg.render(c.traces()), StandardCharsets.UTF_8);
            Files.writeString(replay, c.javaSnippet(), StandardCharsets.UTF_8);
            failure.addSuppressed(new SavedCounterexample(svg, replay));
        }
        throw failure;
    }

    /** The counterexample failure in {@code failure}'s chain of causes, if any. */
    private static CounterexampleFound find(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CounterexampleFound found) {
                return found;
            }
        }
        return null;
    }

    /** Where a failing test's counterexample was saved; a note on the failure, without a stack trace. */
    static final class SavedCounterexample extends Exception {
        private static final long serialVersionUID = 1L;

        SavedCounterexample(Path svg, Path replay) {
            super("Counterexample drawn in " + svg + ", its replay in " + replay, null, false, false);
        }
    }
}

package io.jnear.cli;

import io.jnear.runtime.ExecutionResult;
import java.io.PrintStream;

/** Prints steps in words and transactions as receipt trees, in colour when asked. */
final class TextNarrator implements Narrator {
    private final PrintStream out;
    private final boolean colour;
    private int steps;

    TextNarrator(PrintStream out, boolean colour) {
        this.out = out;
        this.colour = colour;
    }

    /** Colour only on an interactive terminal that is not "dumb", and never when NO_COLOR is set. */
    static boolean terminalSupportsColour() {
        String term = System.getenv("TERM");
        return System.console() != null && System.getenv("NO_COLOR") == null && term != null && !term.equals("dumb");
    }

    @Override
    public void step(String sentence) {
        out.println();
        String title = (++steps) + ". " + sentence;
        out.println(colour ? "\u001b[1;36m" + title + "\u001b[0m" : title);
    }

    @Override
    public void transaction(ExecutionResult<?> result) {
        out.print(colour ? result.toColouredTree() : result.toTree());
    }

    @Override
    public void note(String fact) {
        out.println(colour ? "\u001b[33m   " + fact + "\u001b[0m" : "   " + fact);
    }
}

package io.jnear.cli;

import io.jnear.cli.explore.ExplorationScenario;
import io.jnear.cli.svg.TraceSvg;
import io.jnear.explorer.Actor;
import io.jnear.explorer.Alternative;
import io.jnear.explorer.Counterexample;
import io.jnear.explorer.Exploration;
import io.jnear.explorer.FailedCall;
import io.jnear.explorer.Invariant;
import io.jnear.explorer.Step;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code jnear explore [<name>] [--svg <file>]}: runs the schedule explorer on a sample and prints, per
 * exploration, what it searched and either the minimised counterexample (schedule, receipt trees, a
 * replayable test snippet) or that every schedule in the bound keeps the invariants. {@code --svg} draws
 * the first counterexample's transactions.
 */
final class ExploreCommand {
    private final PrintStream out;
    private final PrintStream err;

    ExploreCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        List<String> names = new ArrayList<>();
        Path svg = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--svg")) {
                if (i + 1 == args.size() || args.get(i + 1).startsWith("-")) {
                    throw new Main.UsageException("--svg needs a file path, such as --svg counterexample.svg");
                }
                svg = Main.svgTarget(args.get(++i));
            } else if (a.startsWith("--svg=")) {
                svg = Main.svgTarget(a.substring("--svg=".length()));
            } else if (a.startsWith("-")) {
                throw new Main.UsageException("unknown option '" + a + "'");
            } else {
                names.add(a);
            }
        }
        if (names.isEmpty()) {
            out.println("Explorations (run one with: ./jnear explore <name>):");
            for (ExplorationScenario s : ExplorationScenario.all()) {
                out.printf("  %-12s %s%n", s.name(), s.summary());
            }
            return 0;
        }
        if (names.size() > 1) {
            throw new Main.UsageException("one exploration at a time, got " + names);
        }
        Optional<ExplorationScenario> scenario = ExplorationScenario.all().stream()
                .filter(s -> s.name().equals(names.get(0))).findFirst();
        if (scenario.isEmpty()) {
            throw new Main.UsageException("unknown exploration '" + names.get(0) + "'; the explorations are "
                    + ExplorationScenario.all().stream().map(ExplorationScenario::name).toList());
        }
        Counterexample first = null;
        for (ExplorationScenario.Case c : scenario.get().cases()) {
            Exploration result = c.run();
            print(c, result);
            if (first == null && result.counterexample().isPresent()) {
                first = result.counterexample().get();
            }
        }
        if (svg != null) {
            if (first == null) {
                out.println("No counterexample, so no picture was drawn.");
                return 0;
            }
            try {
                AtomicFile.write(svg, TraceSvg.render(first.traces()));
            } catch (IOException e) {
                err.println("jnear: could not write " + svg + ": " + e.getMessage());
                return 1;
            }
            out.println("Counterexample picture: " + svg);
        }
        return 0;
    }

    private void print(ExplorationScenario.Case c, Exploration result) {
        out.println("Exploring " + c.title());
        out.println("  " + c.setup());
        for (Actor actor : c.explorer().actors()) {
            out.println("  actor " + actor.signer() + ": " + actor.steps().stream().map(ExploreCommand::describe)
                    .collect(Collectors.joining(", then ")));
        }
        Map<String, List<String>> ways = new LinkedHashMap<>();
        for (FailedCall call : c.explorer().failingCalls()) {
            ways.computeIfAbsent(call.receiver() + "." + call.method(), k -> new ArrayList<>()).add(call.how().name());
        }
        ways.forEach((call, how) -> out.println("  may fail: " + call + " (tried " + String.join(", ", how)
                + " and succeeding, in every block it is due in)"));
        for (Invariant invariant : c.explorer().invariants()) {
            out.println("  invariant " + (invariant.everyBlock() ? "(after every block)" : "(at rest)") + ": "
                    + invariant.name());
        }
        out.println("  explored " + result.schedules() + " schedules, pruned " + result.pruned() + " as duplicates ("
                + result.blocks() + " blocks; transactions sent within " + c.explorer().maxBlocks() + " blocks)");
        if (result.counterexample().isPresent()) {
            Counterexample ce = result.counterexample().get();
            out.println("  COUNTEREXAMPLE, minimised to " + ce.transactionCount() + " transaction(s):");
            out.println(indent(ce.describe()));
            out.println("  Receipt trees:");
            out.println(indent(ce.receiptTrees()));
            out.println("  Replay as a sandbox test:");
            out.println(indent(ce.javaSnippet()));
        } else if (result.holdsInBound()) {
            out.println("  HOLDS: every schedule in the bound keeps the invariants");
        } else {
            out.println("  the budget ran out before every schedule in the bound was checked");
        }
        out.println();
    }

    private static String describe(Step step) {
        String what = step.alternatives().size() == 1 ? "'" + step.label() + "'"
                : "'" + step.label() + "' (one of: " + step.alternatives().stream().map(Alternative::label)
                        .collect(Collectors.joining(" | ")) + ")";
        return step.optional() ? "maybe " + what : what;
    }

    private static String indent(String text) {
        return text.stripTrailing().lines().map(l -> "    " + l).collect(Collectors.joining("\n"));
    }
}

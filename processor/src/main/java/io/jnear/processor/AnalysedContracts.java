package io.jnear.processor;

import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import io.jnear.processor.model.ContractElements;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Hands each contract to the checks of its attributed source once javac has analysed the top-level class
 * that holds it. Reading symbols of trees during processing would make javac attribute the class early,
 * before its records get their implicit members, and break sources javac accepts (a record's compact
 * constructor becomes an "invalid canonical constructor"); after javac's own analysis every tree carries
 * its symbol and nothing is attributed twice. In a compilation with contracts, every top-level class javac
 * analyses is handed on too (contract code may reach it), and so is the end of the compilation.
 */
final class AnalysedContracts implements TaskListener {
    private final Elements elements;
    private final Consumer<TypeElement> check;
    private final Consumer<TypeElement> analysed;
    private final Runnable finished;
    /** Contracts by the qualified name of their top-level class, waiting for its analysis. */
    private final Map<String, Set<String>> pending = new LinkedHashMap<>();
    /** Whether the compilation has a contract; without one, no other class needs a look. */
    private boolean anyContract;

    private AnalysedContracts(Elements elements, Consumer<TypeElement> check, Consumer<TypeElement> analysed,
            Runnable finished) {
        this.elements = elements;
        this.check = check;
        this.analysed = analysed;
        this.finished = finished;
    }

    /**
     * Registers a listener that runs {@code check} on each contract {@link #add added}, after javac's analysis,
     * then {@code analysed} on the top-level class analysed (each class javac analyses), and {@code finished}
     * once no class is left to analyse; null when the compiler is not javac (the checks of attributed sources
     * are then skipped).
     */
    static AnalysedContracts register(ProcessingEnvironment env, Consumer<TypeElement> check,
            Consumer<TypeElement> analysed, Runnable finished) {
        AnalysedContracts listener = new AnalysedContracts(env.getElementUtils(), check, analysed, finished);
        try {
            JavacTask.instance(env).addTaskListener(listener);
            return listener;
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }

    /** Checks {@code contract} once its top-level class has been analysed. */
    void add(TypeElement contract) {
        anyContract = true;
        String topLevel = ContractElements.topLevel(contract).getQualifiedName().toString();
        pending.computeIfAbsent(topLevel, k -> new LinkedHashSet<>()).add(contract.getQualifiedName().toString());
    }

    @Override
    public void finished(TaskEvent event) {
        if (event.getKind() == TaskEvent.Kind.ANALYZE && event.getTypeElement() != null) {
            check(pending.remove(event.getTypeElement().getQualifiedName().toString()));
            if (anyContract) {
                analysed.accept(event.getTypeElement());
            }
        } else if (event.getKind() == TaskEvent.Kind.COMPILATION) {
            // javac skips the analysis once an error is reported (by a check of declarations, say), and
            // -proc:only stops before it: the contracts still waiting are checked now, when no later round
            // can re-enter their trees (reading their symbols makes javac attribute them)
            for (Set<String> contracts : pending.values()) {
                check(contracts);
            }
            pending.clear();
            finished.run();
        }
    }

    private void check(Set<String> contracts) {
        if (contracts == null) {
            return;
        }
        for (String name : contracts) {
            TypeElement contract = elements.getTypeElement(name);
            if (contract != null) {
                check.accept(contract);
            }
        }
    }
}

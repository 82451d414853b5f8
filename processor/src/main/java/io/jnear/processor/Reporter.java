package io.jnear.processor;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.Trees;
import java.util.Arrays;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic.Kind;

/**
 * The one way messages leave the processor: each {@link Diagnostics} entry is printed on its element
 * (and annotation mirror, or source tree, when there is one), warnings honour
 * {@code @SuppressWarnings("jnear:<tag>")}, and errors are counted so output is written only for
 * elements that had none.
 */
public final class Reporter {
    private final Messager messager;
    private final Trees trees;
    private int errors;

    public Reporter(Messager messager, Trees trees) {
        this.messager = messager;
        this.trees = trees;
    }

    public void report(Diagnostics d, Element element, Object... args) {
        report(d, element, null, args);
    }

    public void report(Diagnostics d, Element element, AnnotationMirror annotation, Object... args) {
        if (suppressed(d, element)) {
            return;
        }
        count(d);
        if (annotation == null) {
            messager.printMessage(d.kind(), d.format(args), element);
        } else {
            messager.printMessage(d.kind(), d.format(args), element, annotation);
        }
    }

    /** Reports on a source position inside {@code element}'s body (found through the Trees API). */
    public void reportAt(Diagnostics d, Element element, Tree tree, CompilationUnitTree unit, Object... args) {
        if (suppressed(d, element)) {
            return;
        }
        count(d);
        trees.printMessage(d.kind(), d.format(args), tree, unit);
    }

    /** Errors reported so far; compare before and after validating an element. */
    public int errorCount() {
        return errors;
    }

    private void count(Diagnostics d) {
        if (d.kind() == Kind.ERROR) {
            errors++;
        }
    }

    /** Only warnings can be suppressed; an error must be fixed. */
    private static boolean suppressed(Diagnostics d, Element element) {
        if (d.kind() == Kind.ERROR) {
            return false;
        }
        List<String> accepted = List.of("jnear", "jnear:" + d.shortTag(), "jnear:" + d.tag(), d.tag());
        for (Element e = element; e != null; e = e.getEnclosingElement()) {
            SuppressWarnings s = e.getAnnotation(SuppressWarnings.class);
            if (s != null && Arrays.stream(s.value()).anyMatch(accepted::contains)) {
                return true;
            }
        }
        return false;
    }
}

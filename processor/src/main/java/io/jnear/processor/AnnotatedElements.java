package io.jnear.processor;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The elements of one round that carry jnear's annotations, found in a single scan of the round's
 * elements ({@link RoundEnvironment#getElementsAnnotatedWith} scans them all once per annotation).
 * {@link #with} answers what {@code getElementsAnnotatedWith} would, in the same order.
 */
public final class AnnotatedElements {
    private final Set<? extends Element> annotated;
    private final Map<Class<? extends Annotation>, TypeElement> types;
    private final Elements elements;

    private AnnotatedElements(Set<? extends Element> annotated, Map<Class<? extends Annotation>, TypeElement> types,
            Elements elements) {
        this.annotated = annotated;
        this.types = types;
        this.elements = elements;
    }

    public static AnnotatedElements of(RoundEnvironment round, Elements elements,
            List<Class<? extends Annotation>> annotations) {
        Map<Class<? extends Annotation>, TypeElement> types = new LinkedHashMap<>();
        for (Class<? extends Annotation> a : annotations) {
            TypeElement t = elements.getTypeElement(a.getCanonicalName());
            if (t != null) {
                types.put(a, t);
            }
        }
        Set<? extends Element> annotated = types.isEmpty() ? Set.of()
                : round.getElementsAnnotatedWithAny(types.values().toArray(new TypeElement[0]));
        return new AnnotatedElements(annotated, types, elements);
    }

    /** The elements annotated with {@code annotation} (one of those given to {@link #of}), in scan order. */
    public List<Element> with(Class<? extends Annotation> annotation) {
        TypeElement type = types.get(annotation);
        List<Element> out = new ArrayList<>();
        if (type == null) {
            return out;
        }
        for (Element e : annotated) {
            for (AnnotationMirror m : elements.getAllAnnotationMirrors(e)) {
                if (m.getAnnotationType().asElement().equals(type)) {
                    out.add(e);
                    break;
                }
            }
        }
        return out;
    }
}

package io.jnear.processor.validation;

import io.jnear.annotations.CallbackResult;
import io.jnear.annotations.ConformsTo;
import io.jnear.annotations.Contract;
import io.jnear.annotations.CrossContractCall;
import io.jnear.annotations.Init;
import io.jnear.annotations.Name;
import io.jnear.annotations.Payable;
import io.jnear.annotations.Private;
import io.jnear.annotations.View;
import io.jnear.processor.AnnotatedElements;
import io.jnear.processor.Diagnostics;
import io.jnear.processor.Reporter;
import io.jnear.processor.model.ContractElements;
import java.lang.annotation.Annotation;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/** Member annotations outside a @Contract or @CrossContractCall type do nothing, which is never intended. */
public final class StrayAnnotationCheck {
    private static final List<Class<? extends Annotation>> MEMBER_ANNOTATIONS = List.of(Private.class,
            Payable.class, View.class, Name.class, Init.class, CallbackResult.class);

    private StrayAnnotationCheck() {
    }

    /**
     * Reports jnear's member annotations outside contracts and cross-contract interfaces, except on methods
     * that a contract of this round overrides: there the annotation states what the override must do, and
     * the contract's own checks hold the override to it.
     */
    public static void check(AnnotatedElements round, Elements elements, Reporter reporter) {
        List<Element> contracts = round.with(Contract.class);
        for (Class<? extends Annotation> annotation : MEMBER_ANNOTATIONS) {
            for (Element e : round.with(annotation)) {
                TypeElement owner = enclosingType(e);
                if (owner == null || owner.getAnnotation(Contract.class) != null
                        || owner.getAnnotation(CrossContractCall.class) != null
                        || overriddenByContract(e, contracts, elements)) {
                    continue;
                }
                String where = switch (e.getKind()) {
                    case PARAMETER -> "parameter " + e.getSimpleName();
                    case CONSTRUCTOR -> "a constructor of " + owner.getSimpleName();
                    default -> e.getSimpleName() + " in " + owner.getSimpleName();
                };
                reporter.report(Diagnostics.OUTSIDE_CONTRACT, e, ContractElements.mirror(e, annotation).orElse(null),
                        annotation.getSimpleName(), where);
            }
        }
        for (Element e : round.with(ConformsTo.class)) {
            if (e.getAnnotation(Contract.class) == null) {
                reporter.report(Diagnostics.OUTSIDE_CONTRACT, e, ContractElements.mirror(e, ConformsTo.class)
                        .orElse(null), ConformsTo.class.getSimpleName(), "type " + e.getSimpleName());
            }
        }
    }

    private static boolean overriddenByContract(Element e, List<Element> contracts, Elements elements) {
        if (!(e instanceof ExecutableElement base) || e.getKind() != ElementKind.METHOD) {
            return false;
        }
        for (Element c : contracts) {
            if (c instanceof TypeElement contract) {
                for (ExecutableElement m : ElementFilter.methodsIn(contract.getEnclosedElements())) {
                    if (m.getSimpleName().equals(base.getSimpleName()) && elements.overrides(m, base, contract)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static TypeElement enclosingType(Element e) {
        for (Element x = e.getEnclosingElement(); x != null; x = x.getEnclosingElement()) {
            if (x instanceof TypeElement t) {
                return t;
            }
        }
        return null;
    }
}

package io.jnear.processor.validation;

import javax.lang.model.element.TypeElement;

/** One rule over a @Contract class or @CrossContractCall interface; reports through the context. */
public interface Check {
    void check(TypeElement type, CheckContext context);
}

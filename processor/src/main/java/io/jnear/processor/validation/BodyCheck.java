package io.jnear.processor.validation;

import javax.lang.model.element.TypeElement;

/**
 * One rule over what a contract's method bodies do. Body checks run once every type the bodies mention
 * exists (the stubs jnear generates included), so they see calls through stubs resolved.
 */
interface BodyCheck {
    void check(TypeElement contract, ContractBodies bodies, CheckContext context);
}

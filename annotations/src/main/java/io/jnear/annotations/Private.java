package io.jnear.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Only the contract itself may call this method: the generated dispatcher fails the call with
 * {@code Method <name> is private} unless the predecessor is the current account.
 *
 * <p>Every callback (a method with a {@link CallbackResult} parameter) must be private; otherwise anyone
 * could call it with a forged result, and the processor reports an error. It may not be combined with
 * {@link View}. On an {@link Init} constructor, only the contract's own account can initialize it.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR})
public @interface Private {
}

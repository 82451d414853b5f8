package io.jnear.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a read-only method: it may not write state, schedule promises or accept a deposit.
 *
 * <p>The dispatcher does not save state after a view method, and the sandbox fails a view call that
 * tries to write ({@code ProhibitedInView}). A view method may not return a {@code Promise} nor be
 * {@link Private}, {@link Payable} or {@link Init}; each combination is a compile error.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface View {
}

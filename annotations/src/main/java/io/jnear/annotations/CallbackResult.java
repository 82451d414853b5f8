package io.jnear.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Receives the result of the promise this method was chained after with {@code then}.
 *
 * <p>Declare it as {@code PromiseResult<T>} to handle failure (the callback runs whether or not the
 * callee succeeded), or as {@code T} to unwrap it, in which case a failed callee makes the callback
 * panic with {@code Callback computation <i> was not successful} and no rollback code of yours runs
 * (a warning). Several such parameters, or one {@code List<PromiseResult<T>>}, receive the results of
 * a join in order. A method with this parameter must be {@link Private}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface CallbackResult {
}

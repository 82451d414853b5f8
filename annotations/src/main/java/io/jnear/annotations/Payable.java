package io.jnear.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Allows the method (or {@link Init} constructor) to receive an attached deposit.
 *
 * <p>Methods without it fail with {@code Method <name> doesn't accept deposit} when a deposit is
 * attached, and the sandbox refunds the deposit to the caller. This protects users who attach tokens to
 * a method that would silently keep them.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR})
public @interface Payable {
}

package io.jnear.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the constructor that initialises the contract's state, exported as {@code new}.
 *
 * <p>It runs once: a second call fails with {@code The contract has already been initialized}, and while
 * it has not run every other method fails with {@code The contract is not initialized}. A contract
 * without an {@code @Init} constructor starts from the state its no-argument constructor builds.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.CONSTRUCTOR)
public @interface Init {
}

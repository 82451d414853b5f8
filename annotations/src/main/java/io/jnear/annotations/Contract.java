package io.jnear.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class as a smart contract.
 *
 * <p>Its public instance methods are exported under their snake_case names (see {@link Name}), and its
 * instance fields are its state: loaded before each call and saved after each call that may change it.
 * The annotation processor generates a {@code <Name>Stub} to call the contract, a
 * {@code <Name>Dispatcher} that the sandbox runs, and the contract's ABI.
 *
 * <p>The class must be public, not abstract, and have either an {@link Init} constructor or a no-argument
 * constructor; every field must have a type that maps to JSON. Violations are compile errors.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Contract {
}

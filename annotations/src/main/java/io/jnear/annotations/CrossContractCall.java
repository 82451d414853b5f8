package io.jnear.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares the callable surface of another contract, written in Java or not.
 *
 * <p>Each abstract method of the interface is one method of the remote contract, exported under its
 * snake_case name unless {@link Name} says otherwise. The processor generates a {@code <Name>Stub}
 * whose methods build typed promises, so a call to the remote contract is checked by javac. Overloads
 * and generic methods are rejected, because a NEAR method has one name and one argument shape.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface CrossContractCall {
}

package io.jnear.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An {@link io.jnear.runtime.Account} field or test parameter that receives a new account with a
 * {@code @Contract} class deployed, and initialised when {@link #init()} or {@link #initBy()} says how. Deployed
 * fields are set after the {@link TestAccount} fields, in declaration order.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER})
public @interface Deployed {
    /** The {@code @Contract} class to deploy. */
    Class<?> contract();

    /** The account ID; empty means {@code <field or parameter name>.test.near}. */
    String id() default "";

    /** The balance, as {@link io.jnear.sdk.NearToken#parse} reads it; empty means the sandbox's default. */
    String balance() default "";

    /** The NEAR name of the initialiser to call in the deploying receipt ({@code "new"}); empty for none. */
    String init() default "";

    /** The initialiser's arguments as JSON. */
    String args() default "{}";

    /**
     * The name of a method of the test class, without parameters, that returns the initialiser's call
     * built by a generated stub ({@code FungibleTokenStub.init(alice.id(), supply, metadata)}): typed, where
     * {@link #init()} and {@link #args()} are text. It runs after the {@link TestAccount} fields are set.
     */
    String initBy() default "";
}

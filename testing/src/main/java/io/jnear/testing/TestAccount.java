package io.jnear.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An {@link io.jnear.runtime.Account} field or test parameter that receives a plain account, created in
 * the test's sandbox before the test runs. A field and a parameter naming the same ID share one account.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER})
public @interface TestAccount {
    /** The account ID; empty means {@code <field or parameter name>.test.near}. */
    String id() default "";

    /**
     * The balance, as {@link io.jnear.sdk.NearToken#parse} reads it ({@code "10 NEAR"}, {@code "5 yocto"});
     * empty means the sandbox's default account balance.
     */
    String balance() default "";
}

package io.jnear.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The exported NEAR method name, when the snake_case default of the Java name is not wanted
 * ({@code @Name("ft_transfer")}). Two exported methods of one contract may not share a name. On an
 * {@link Init} constructor it names that initializer (default {@code new}), so a contract can have several,
 * as near-sdk-rs's token has {@code new} and {@code new_default_meta}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR})
public @interface Name {
    /** The exported method name: 1 to 256 bytes of {@code [A-Za-z0-9_]}. */
    String value();
}

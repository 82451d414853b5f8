package io.jnear.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs each test of the class against a fresh {@link io.jnear.runtime.Sandbox}: fields and parameters of
 * type {@code Sandbox} receive it, those marked {@link TestAccount} or {@link Deployed} receive accounts
 * created for the test, and a failed test's exception carries the receipt trees of its transactions
 * ({@link #svgDirectory()} also draws them).
 *
 * <pre>{@code
 * @JnearTest
 * class HelloNearTest {
 *     @Deployed(contract = HelloNear.class) Account hello;
 *
 *     @Test
 *     void greetingCanBeChanged(@TestAccount Account alice, Sandbox sandbox) {
 *         assertThat(alice.transact(HelloNearStub.on(hello.id()).setGreeting("howdy"))).succeeded();
 *         assertEquals("howdy", sandbox.view(HelloNearStub.on(hello.id()).getGreeting()));
 *     }
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@ExtendWith(JnearExtension.class)
public @interface JnearTest {
    /**
     * A directory (relative to the working directory, the module's in a Maven build) to draw each test's
     * transactions into, as {@code <TestClass>.<testMethod>.svg}: lanes of accounts over blocks, as
     * {@code ./jnear demo --svg} draws them. Empty (the default) draws nothing.
     */
    String svgDirectory() default "";
}

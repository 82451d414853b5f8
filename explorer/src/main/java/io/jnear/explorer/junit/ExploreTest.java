package io.jnear.explorer.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that explores schedules: when it fails because a schedule broke an invariant (a
 * {@link io.jnear.explorer.CounterexampleFound}, as {@code Exploration.assertHolds()} and
 * {@link ExplorationAssert#holds()} throw), the counterexample is saved beside the failure as
 * {@code <TestClass>.<testMethod>.svg} (the lanes picture of its transactions) and
 * {@code <TestClass>.<testMethod>.replay.java} (the statements that replay it), and the failure says
 * where. Works with and without {@code @JnearTest}.
 *
 * <pre>{@code
 * @ExploreTest
 * void theVaultStaysSolvent() {
 *     assertThat(Explorer.from(sandbox).actor(mallory).invariant(solvent)).holds();
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Test
@ExtendWith(CounterexampleFiles.class)
public @interface ExploreTest {
    /** Where to save counterexamples, relative to the working directory (the module's in a Maven build). */
    String directory() default "target/counterexamples";
}

/**
 * The explorer in JUnit 5 tests: fluent assertions on an exploration whose failures carry the minimised
 * counterexample's report ({@link io.jnear.explorer.junit.ExplorationAssert}), and {@link
 * io.jnear.explorer.junit.ExploreTest}, which also saves a failing test's counterexample as an SVG
 * lanes picture and a replay snippet. Both work beside {@code @JnearTest}.
 */
package io.jnear.explorer.junit;

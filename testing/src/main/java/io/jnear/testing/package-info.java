/**
 * JUnit 5 support for sandbox tests: {@link io.jnear.testing.JnearTest} gives each test a fresh
 * {@link io.jnear.runtime.Sandbox} with the accounts and contracts it declares, adds the receipt trees of
 * its transactions to a failure, and {@link io.jnear.testing.OutcomeAssertions} reads outcomes fluently.
 */
package io.jnear.testing;

/**
 * The explorations {@code jnear explore <name>} runs: sample contracts set up in a sandbox, with actors
 * and invariants for the schedule explorer.
 */
package io.jnear.cli.explore;

/**
 * The schedule explorer: given a starting sandbox, actors with transactions and invariants, it searches
 * the schedules NEAR allows (the block each transaction lands in relative to receipts in flight, the
 * order of independent receipts on one account within a block, which of a step's alternatives runs)
 * for one that breaks an invariant, and reports it minimised, as receipt trees and as a replayable
 * sandbox test.
 *
 * <p>The search forks the sandbox at every choice ({@link io.jnear.runtime.Sandbox#fork()}, copy-on-write),
 * is bounded by blocks and a budget counted in schedules, blocks or time (work counts make a run
 * reproducible on any machine; a time limit does not), and is deterministic for a given seed.
 */
package io.jnear.explorer;

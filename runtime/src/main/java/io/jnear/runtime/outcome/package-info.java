/**
 * Outcomes and errors as data, with NEAR's names, texts and JSON shapes: {@link
 * io.jnear.runtime.outcome.ExecutionOutcome}, {@link io.jnear.runtime.outcome.ExecutionStatus}, and the
 * error taxonomy ({@link io.jnear.runtime.outcome.TxExecutionError}, {@link
 * io.jnear.runtime.outcome.ActionErrorKind}, {@link io.jnear.runtime.outcome.FunctionCallError},
 * {@link io.jnear.runtime.outcome.InvalidTxError}).
 */
package io.jnear.runtime.outcome;

/**
 * Outcomes and errors as data, with nearcore's names, texts and JSON shapes: {@link
 * io.jnear.runtime.outcome.ExecutionOutcome} with its {@link io.jnear.runtime.outcome.GasProfile},
 * {@link io.jnear.runtime.outcome.ExecutionStatus}, and the error taxonomy ({@link
 * io.jnear.runtime.outcome.TxExecutionError}, {@link io.jnear.runtime.outcome.ActionErrorKind}, {@link
 * io.jnear.runtime.outcome.FunctionCallError}, {@link io.jnear.runtime.outcome.InvalidTxError}, {@link
 * io.jnear.runtime.outcome.ActionsValidationError}, {@link io.jnear.runtime.outcome.ReceiptValidationError}).
 * Account IDs in texts are quoted where nearcore prints them with Rust's {@code {:?}}.
 */
package io.jnear.runtime.outcome;

/**
 * The execution engine: {@link io.jnear.runtime.exec.Chain} produces blocks and moves receipts through
 * their queues, {@code ReceiptExecutor} runs one action receipt with NEAR's rules (refunds, the account
 * creation charge, rewards), {@code ActionsValidator} checks transactions and new receipts, and
 * {@code VmLogic} is the host a running contract calls, charging each host function's own costs and
 * enforcing limits. Contracts reach it through a binding that charges the Wasm ABI traffic:
 * {@code JvmHost} for Java contracts.
 */
package io.jnear.runtime.exec;

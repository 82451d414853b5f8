/**
 * The execution engine: {@link io.jnear.runtime.exec.Chain} produces blocks and moves receipts through
 * their queues, {@code ReceiptExecutor} runs one action receipt with NEAR's rules, and {@code VmLogic}
 * is the host a running contract calls, charging gas and enforcing limits.
 */
package io.jnear.runtime.exec;

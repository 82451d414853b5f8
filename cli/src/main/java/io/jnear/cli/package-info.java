/**
 * The {@code jnear} command: demo scenarios printed as receipt trees (or NEAR RPC JSON), the ABI of a
 * contract class, and the launcher's entry point.
 */
package io.jnear.cli;

/**
 * {@code jnear sandbox}: NEAR's JSON-RPC over an embedded sandbox, so near-api-js, the {@code near}
 * CLI and near-workspaces talk to jnear as to a neard node.
 */
package io.jnear.server;

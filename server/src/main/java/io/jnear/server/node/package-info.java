/**
 * The node behind the RPC: one sandbox guarded by one lock, its blocks' hashes, the transactions
 * clients sent, and when blocks are produced (on demand, or on a timer like neard's).
 */
package io.jnear.server.node;

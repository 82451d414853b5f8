/**
 * The node behind the RPC: one sandbox guarded by one lock, its blocks' hashes, the transactions
 * clients sent, when blocks are produced (on demand, or on a timer like neard's), and the past it keeps:
 * each block's contents and the recent blocks' states.
 */
package io.jnear.server.node;

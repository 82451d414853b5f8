/**
 * Transactions as clients send them: Borsh-decoded {@code SignedTransaction}s, their ed25519
 * signatures, and the checks nearcore makes before a transaction may enter a block (block-hash
 * recency, nonces, access-key permissions).
 */
package io.jnear.server.tx;

/**
 * The sandbox's state: accounts, keys, code and contract storage, changed only through
 * {@link io.jnear.runtime.state.ChainState}, whose journal makes every receipt atomic.
 *
 * <p>Contract storage is a map from byte keys to byte values per account, as in NEAR (a {@code StorageMap},
 * built for accounts with millions of entries). Contracts written with jnear keep their fields in Borsh
 * under the key {@code STATE}, and each storage collection keeps its entries under keys of its own prefix,
 * as near-sdk-rs lays them out, so a call touches only what it reads.
 * Storage sizes (account record, per-entry overhead) come from the protocol configuration;
 * {@link io.jnear.runtime.state.AccountKind} tells named and implicit account IDs apart.
 */
package io.jnear.runtime.state;

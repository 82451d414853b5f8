/**
 * What {@code --home} keeps between runs: the root's key in neard's {@code validator_key.json} layout,
 * and the chain's state as nearcore state records.
 */
package io.jnear.server.home;

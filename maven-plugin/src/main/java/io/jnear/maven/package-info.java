/** The {@code jnear:wasm} Maven goal, a thin wrapper over {@link io.jnear.build.ContractBuild}. */
package io.jnear.maven;

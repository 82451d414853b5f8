/**
 * The seam between contract code and the sandbox: {@link io.jnear.sdk.spi.Host} is what the sandbox
 * offers an executing call (NEAR's host functions with Java types), {@link
 * io.jnear.sdk.spi.ContractDispatcher} is what generated code offers the sandbox, and
 * {@link io.jnear.sdk.spi.Json} is the one JSON configuration both sides share. Contract authors do not
 * use this package directly; generated code and the runtime do.
 */
package io.jnear.sdk.spi;

/**
 * The seam between contract code and the sandbox: {@link io.jnear.sdk.spi.Host} is what the sandbox
 * offers an executing call (NEAR's host functions with Java types), {@link
 * io.jnear.sdk.spi.ContractDispatcher} is what generated code offers the sandbox, {@link
 * io.jnear.sdk.spi.Dispatch} the steps every generated dispatcher takes (arguments through the generated
 * codecs of {@link io.jnear.sdk.json}). Contract authors do not use this package directly; generated code
 * and the runtime do.
 */
package io.jnear.sdk.spi;

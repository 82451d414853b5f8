/**
 * The sandbox's own JSON, through Jackson: outcome and RPC shapes, and tests' decoding of results.
 * Contract code never sees it; its arguments, results and state go through the codecs the processor
 * generates ({@code io.jnear.sdk.json}, {@code io.jnear.sdk.borsh}).
 */
package io.jnear.runtime.json;

/**
 * Preparation as nearcore does it at deploy: validation against NEAR's feature set and limits, NEAR's
 * standard memory in place of the module's, and the rewrite that makes the code meter its own gas.
 */
package io.jnear.wasm.prepare;

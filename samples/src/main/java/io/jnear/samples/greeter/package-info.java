/**
 * Sample 2, the cross-contract greeter: a typed call of another contract, declared as a
 * {@code @CrossContractCall} interface, and private callbacks that handle both success and failure.
 */
package io.jnear.samples.greeter;

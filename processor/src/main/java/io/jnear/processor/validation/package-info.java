/**
 * The compile-time checks, one class per rule, run on every @Contract class and @CrossContractCall
 * interface before anything is generated for it. Each reports through the one
 * {@link io.jnear.processor.Reporter} with a {@link io.jnear.processor.Diagnostics} entry.
 */
package io.jnear.processor.validation;

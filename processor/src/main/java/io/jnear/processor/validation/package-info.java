/**
 * The compile-time checks, one class per rule. {@link io.jnear.processor.validation.Check}s read
 * declarations and run on every @Contract class and @CrossContractCall interface before anything is
 * generated for it; body checks read what method bodies do ({@code ContractBodies}, through the compiler
 * Trees API) and run in the last round, once the stubs those bodies call exist. Each reports through the
 * one {@link io.jnear.processor.Reporter} with a {@link io.jnear.processor.Diagnostics} entry.
 */
package io.jnear.processor.validation;

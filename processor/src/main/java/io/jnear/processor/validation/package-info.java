/**
 * The compile-time checks, one class per rule. {@link io.jnear.processor.validation.Check}s read
 * declarations and run on every @Contract class and @CrossContractCall interface before anything is
 * generated for it; the checks of source read initialisers and method bodies ({@code ContractBodies},
 * through the compiler Trees API) and run once javac has analysed the contract's class, when the stubs those
 * bodies call exist and every tree is attributed (reading symbols earlier would attribute the class before
 * javac does, which breaks records' compact constructors). The determinism scan also reads the other classes
 * of the compilation that contract code reaches ({@code HelperClasses}), as the sandbox checks every class
 * deployed with a contract. Each reports through the
 * one {@link io.jnear.processor.Reporter} with a {@link io.jnear.processor.Diagnostics} entry.
 */
package io.jnear.processor.validation;

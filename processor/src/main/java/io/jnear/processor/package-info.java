/**
 * The jnear annotation processor: for each @Contract class and @CrossContractCall interface it runs
 * validation, builds a model, and generates stubs, dispatchers and ABI JSON. Every message it prints is
 * listed in {@link io.jnear.processor.Diagnostics}.
 */
package io.jnear.processor;

/**
 * Generation: stubs, dispatchers and ABI JSON from a {@link io.jnear.processor.model.ContractModel}.
 * Every source file goes through {@link io.jnear.processor.writing.GeneratedSources}, which adds the
 * originating element, the {@code @Generated} marker and {@code @SuppressWarnings}; nothing generated
 * carries a timestamp, so output is identical between builds.
 */
package io.jnear.processor.writing;

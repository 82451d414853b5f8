/**
 * JMH benchmarks of the sandbox, the processor, the Wasm engine and the RPC server, each next to the floor
 * of its own work; {@link io.jnear.benchmarks.BenchMain} is {@code ./jnear bench}, and
 * {@link io.jnear.benchmarks.ThreadCpuTime} times the same methods by thread CPU time on a loaded machine;
 * {@link io.jnear.benchmarks.ProcessorCpuComparison} so times the processor benchmark's compilation with two
 * builds of the processor, interleaved in one JVM.
 */
package io.jnear.benchmarks;

/** The contracts the benchmarks call: a ping/echo pair for the round trip, a fan-out, and CPU workloads. */
package io.jnear.benchmarks.contracts;

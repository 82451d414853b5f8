/**
 * Contract isolation and metering. Each deployment of a {@code @Contract} class gets its own copy of
 * the contract's classes (its package and subpackages), loaded through a class loader that instruments
 * their bytecode with ASM:
 *
 * <ul>
 *   <li><b>Gas for computation.</b> One unit is one executed JVM bytecode instruction of contract code,
 *       priced at NEAR's {@code regular_op_cost} (822,756 gas), the price of one Wasm instruction: both
 *       are single stack-machine operations. Instructions are counted per basic block and charged when
 *       the block ends (at a jump, call, return, throw, or a label control can enter by), in batches of
 *       1,000, so the same call costs the same gas on every machine and JVM, with or without the JIT. A
 *       loop or a recursion pays for every iteration and runs out of prepaid gas; the error is
 *       {@code Exceeded the prepaid gas.} and the receipt is reverted. Contract code cannot catch the
 *       failure: every exception handler rethrows it first.
 *   <li><b>Memory.</b> Arrays allocated by contract code count against 64 MiB per call
 *       ({@code Exceeded the memory limit: …}) and cost one instruction per 64 bytes. Allocations made
 *       inside JDK methods are not counted; the JVM's own {@code OutOfMemoryError} and
 *       {@code StackOverflowError} fail only the receipt ({@code Smart contract panicked: …}).
 *   <li><b>Determinism and confinement.</b> Clocks, randomness, threads, files, the network, the
 *       console, the process and reflection fail the call with
 *       {@code <api> is not allowed in contract code: <why>} (see {@code ProhibitedApis}).
 *   <li><b>Static state.</b> Two accounts running the same class never share static fields. Within one
 *       deployment static fields would outlive a call, so the processor rejects mutable static fields.
 * </ul>
 *
 * <p>Not metered: the work done inside JDK and library methods a contract calls (a call costs its
 * instructions, not the callee's), and JSON encoding in jnear's SDK, which the per-call allowance covers.
 */
package io.jnear.runtime.isolation;
